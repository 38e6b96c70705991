import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/capture/story';
import type { RecommendationDetail, Stakeholder } from '../../../../shared/recommendations/schemas';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { checkForm } from '../ui/form-problems';
import { ServiceChecklist } from '../ui/ServiceChecklist';
import { withDeclarations } from '../../interests/conflict-gate';

type Problem = 'title' | 'body' | 'organisation';

interface RecommendationFormProps {
  reportId: string;
  stakeholders: readonly Stakeholder[];
  services: readonly Service[];
  /** The services ticked to begin with (the report's, for a new one). */
  serviceIds: readonly string[];
  /** The draft to change; a new one when absent. */
  recommendation?: RecommendationDetail;
  onSaved(recommendation: RecommendationDetail): void;
  onCancel?(): void;
}

/** What is recommended, to which organisation, about which services. Evidence comes next, on the recommendation. */
export function RecommendationForm({ reportId, stakeholders, services, serviceIds: initialServices, recommendation, onSaved, onCancel }: RecommendationFormProps) {
  const { t } = useTranslation('recommendations');
  const [title, setTitle] = useState(recommendation?.title ?? '');
  const [body, setBody] = useState(recommendation?.body ?? '');
  const [stakeholderId, setStakeholderId] = useState(recommendation?.organisation.id ?? '');
  const [serviceIds, setServiceIds] = useState<string[]>([...initialServices]);
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = recommendation ? 'rec-edit' : 'rec-new';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ok = checkForm<Problem>(
      { title: !hasContent(title), body: !hasContent(body), organisation: stakeholderId === '' },
      [
        ['title', `${prefix}-title`],
        ['body', `${prefix}-body`],
        ['organisation', `${prefix}-organisation`],
      ],
      setProblems,
    );
    if (!ok) return;
    setBusy(true);
    const input = { title, body, stakeholderId, serviceIds };
    const work = {
      action: 'recommend' as const,
      subject: recommendation ? { type: 'recommendation' as const, id: recommendation.id } : { type: 'report' as const, id: reportId },
      about: { serviceIds, stakeholderIds: [stakeholderId] },
    };
    const answer = await withDeclarations(work, (ack) =>
      recommendation ? api.updateRecommendation({ id: recommendation.id, ...input, ...ack }) : api.createRecommendation({ reportId, ...input, ...ack }),
    );
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onSaved(answer.value);
  };

  return (
    <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
      {error ? <ErrorAlert error={error} id={`${prefix}-error`} /> : null}
      <TextField id={`${prefix}-title`} label={t('recommendation.name')} value={title} onValueChange={setTitle} maxLength={300} error={problems.has('title') ? t('recommendation.nameRequired') : null} />
      <TextAreaField
        id={`${prefix}-body`}
        label={t('recommendation.body')}
        hint={t('recommendation.bodyHint')}
        value={body}
        onValueChange={setBody}
        rows={4}
        maxLength={10_000}
        error={problems.has('body') ? t('recommendation.bodyRequired') : null}
      />
      <SelectField
        id={`${prefix}-organisation`}
        label={t('recommendation.organisation')}
        hint={t('recommendation.organisationHint')}
        value={stakeholderId}
        onValueChange={setStakeholderId}
        options={[{ value: '', label: t('fields.choose') }, ...stakeholders.map((s) => ({ value: s.id, label: s.name }))]}
        error={problems.has('organisation') ? t('fields.organisationRequired') : null}
      />
      <ServiceChecklist id={`${prefix}-services`} legend={t('recommendation.services')} hint={t('recommendation.servicesHint')} services={services} chosen={serviceIds} onChange={setServiceIds} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {recommendation ? t('recommendation.save') : t('recommendation.create')}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
