import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/users/schemas';
import { api, type ApiError } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { LoadStatus } from '../../review/ui/LoadStatus';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDay } from '../../ui/format';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { canChangePlan, visitSub } from '../action-plan-routes';
import { usePlanChoices } from '../plan/use-plan-choices';
import { checkForm } from '../ui/form-problems';
import { PlanLink, type Go } from '../ui/PlanLink';
import { useAnswer } from '../ui/use-answer';

/** Enter and View visits: those planned and done, and (for staff) planning the next. */
export function VisitsSection({ go }: { go: Go }) {
  const { t } = useTranslation('recommendations');
  const staff = canChangePlan(useCurrentUser()?.role);
  const { answer } = useAnswer(useCallback(() => api.listVisits({}), []));
  const visits = answer.state === 'loaded' ? answer.value : [];
  return (
    <div className="settings-grid">
      <section className="panel" aria-labelledby="visits-title">
        <h2 className="panel-title" id="visits-title">
          {t('visits.title')}
        </h2>
        <p className="panel-intro">{t('visits.intro')}</p>
        <LoadStatus load={answer} count={visits.length} errorId="visits-error" empty={t('visits.empty')} />
        <ul className="plan-list">
          {visits.map((visit) => (
            <li key={visit.id} className="plan-item" data-testid="visit">
              <h3 className="plan-item-title">
                <PlanLink sub={visitSub(visit.id)} go={go}>
                  <span dir="auto">{t('visits.itemTitle', { service: visit.service.name, date: formatDay(visit.visitOn) })}</span>
                </PlanLink>
              </h3>
              <p className="story-meta">
                {visit.representatives.map((r) => r.name).join(', ')} · {t('visits.observations', { count: visit.observations })}
                {visit.reportId ? ` · ${t('visits.hasReport')}` : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {staff ? <PlanVisitForm go={go} /> : null}
    </div>
  );
}

type Problem = 'service' | 'date' | 'people';

function PlanVisitForm({ go }: { go: Go }) {
  const { t } = useTranslation(['recommendations', 'people']);
  const { services } = usePlanChoices();
  const [people, setPeople] = useState<User[]>([]);
  const [serviceId, setServiceId] = useState('');
  const [visitOn, setVisitOn] = useState('');
  const [purpose, setPurpose] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void api.listUsers({}).then((answer) => live && answer.ok && setPeople(answer.value.filter((u) => !u.retired)));
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ok = checkForm<Problem>(
      { service: serviceId === '', date: visitOn === '', people: chosen.length === 0 },
      [
        ['service', 'visit-service'],
        ['date', 'visit-date'],
        ['people', `visit-person-${people[0]?.id ?? ''}`],
      ],
      setProblems,
    );
    if (!ok) return;
    setBusy(true);
    const answer = await api.planVisit({ serviceId, visitOn, purpose, representativeIds: chosen });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    go('action-plan', visitSub(answer.value.id));
  };

  return (
    <section className="panel" aria-labelledby="visit-plan-title">
      <h2 className="panel-title" id="visit-plan-title">
        {t('visits.planTitle')}
      </h2>
      <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
        {error ? <ErrorAlert error={error} id="visit-plan-error" /> : null}
        <SelectField
          id="visit-service"
          label={t('visits.service')}
          value={serviceId}
          onValueChange={setServiceId}
          options={[{ value: '', label: t('fields.choose') }, ...services.map((s) => ({ value: s.id, label: s.name }))]}
          error={problems.has('service') ? t('cqc.serviceRequired') : null}
        />
        <TextField id="visit-date" type="date" className="field-date" label={t('visits.date')} value={visitOn} onValueChange={setVisitOn} error={problems.has('date') ? t('fields.dateRequired') : null} />
        <TextAreaField id="visit-purpose" label={t('visits.purpose')} value={purpose} onValueChange={setPurpose} rows={2} maxLength={2000} />
        <fieldset className={problems.has('people') ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={problems.has('people') ? 'visit-people-error' : undefined}>
          <legend className="choice-legend">{t('visits.representatives')}</legend>
          {problems.has('people') ? (
            <p className="field-error" id="visit-people-error">
              {t('visits.representativesRequired')}
            </p>
          ) : null}
          {people.map((person) => (
            <div className="checkbox" key={person.id}>
              <input
                id={`visit-person-${person.id}`}
                type="checkbox"
                checked={chosen.includes(person.id)}
                onChange={(event) => setChosen(event.target.checked ? [...chosen, person.id] : chosen.filter((id) => id !== person.id))}
              />
              <label htmlFor={`visit-person-${person.id}`} className="checkbox-label" dir="auto">
                {person.name} <span className="muted">({t(`people:roles.${person.role}`)})</span>
              </label>
            </div>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {t('visits.plan')}
          </button>
        </div>
      </form>
    </section>
  );
}
