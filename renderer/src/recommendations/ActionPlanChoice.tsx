import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/SelectField';
import { usePlanChoices } from './plan/use-plan-choices';

interface ActionPlanChoiceProps {
  /** The organisation whose action plan goes in, or null for none. */
  value: string | null;
  onChange(stakeholderId: string | null): void;
  error: string | null;
}

/**
 * In the intelligence bundle form: whether the bundle also carries one organisation's
 * action plan (action-plan.csv and a section of report.html), and whose.
 */
export function ActionPlanChoice({ value, onChange, error }: ActionPlanChoiceProps) {
  const { t } = useTranslation('intelligence');
  const included = value !== null;
  const { stakeholders } = usePlanChoices(included);
  return (
    <fieldset className="fieldset">
      <legend className="choice-legend">{t('actionPlan.legend')}</legend>
      <div className="checkbox">
        <input id="intelligence-action-plan" type="checkbox" checked={included} onChange={(event) => onChange(event.target.checked ? '' : null)} aria-describedby="intelligence-action-plan-hint" />
        <label htmlFor="intelligence-action-plan" className="checkbox-label">
          {t('actionPlan.include')}
        </label>
        <p className="checkbox-hint" id="intelligence-action-plan-hint">
          {t('actionPlan.hint')}
        </p>
      </div>
      {included ? (
        <SelectField
          id="intelligence-action-plan-organisation"
          label={t('actionPlan.organisation')}
          value={value}
          onValueChange={onChange}
          options={[{ value: '', label: t('actionPlan.choose') }, ...stakeholders.map((s) => ({ value: s.id, label: s.name }))]}
          error={error}
        />
      ) : null}
    </fieldset>
  );
}
