import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/capture/story';
import type { Stakeholder } from '../../../../shared/recommendations/schemas';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { localToday } from '../../ui/format';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { Disclosure } from '../../workbench/ui/Disclosure';
import { useDueCount } from '../due-count';
import { checkForm } from '../ui/form-problems';

type Problem = 'title' | 'organisation' | 'agreedOn' | 'review';

/** An issue agreed with an organisation at a meeting, to follow on the plan. */
export function AgreedIssueForm({ stakeholders, services, onAdded }: { stakeholders: readonly Stakeholder[]; services: readonly Service[]; onAdded(): void }) {
  const { t } = useTranslation('recommendations');
  const [title, setTitle] = useState('');
  const [stakeholderId, setStakeholderId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [description, setDescription] = useState('');
  const [agreedOn, setAgreedOn] = useState(localToday());
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ok = checkForm<Problem>(
      { title: !hasContent(title), organisation: stakeholderId === '', agreedOn: agreedOn === '', review: nextReviewOn !== '' && nextReviewOn <= agreedOn },
      [
        ['title', 'issue-title'],
        ['organisation', 'issue-organisation'],
        ['agreedOn', 'issue-agreed-on'],
        ['review', 'issue-review'],
      ],
      setProblems,
    );
    if (!ok) return;
    setBusy(true);
    const answer = await api.createAgreedIssue({ title, stakeholderId, serviceId: serviceId || null, description, agreedOn, nextReviewOn: nextReviewOn || null });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setTitle('');
    setDescription('');
    setNextReviewOn('');
    setMessage(t('issue.added', { title: answer.value.item.title }));
    void useDueCount.getState().refresh();
    onAdded();
  };

  return (
    <Disclosure title={t('issue.title')} className="panel no-print" level={2}>
      <p className="panel-intro">{t('issue.intro')}</p>
      <p className="form-status" role="status">
        {message}
      </p>
      <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
        {error ? <ErrorAlert error={error} id="issue-error" /> : null}
        <TextField id="issue-title" label={t('issue.name')} value={title} onValueChange={setTitle} maxLength={300} error={problems.has('title') ? t('issue.nameRequired') : null} />
        <div className="field-row">
          <SelectField
            id="issue-organisation"
            label={t('fields.organisation')}
            value={stakeholderId}
            onValueChange={setStakeholderId}
            options={[{ value: '', label: t('fields.choose') }, ...stakeholders.map((s) => ({ value: s.id, label: s.name }))]}
            error={problems.has('organisation') ? t('fields.organisationRequired') : null}
          />
          <SelectField
            id="issue-service"
            label={t('fields.serviceOptional')}
            value={serviceId}
            onValueChange={setServiceId}
            options={[{ value: '', label: t('fields.noService') }, ...services.map((s) => ({ value: s.id, label: s.name }))]}
          />
        </div>
        <TextAreaField id="issue-description" label={t('issue.description')} value={description} onValueChange={setDescription} rows={3} maxLength={10_000} />
        <div className="field-row">
          <TextField id="issue-agreed-on" type="date" className="field-date" label={t('issue.agreedOn')} value={agreedOn} onValueChange={setAgreedOn} error={problems.has('agreedOn') ? t('fields.dateRequired') : null} />
          <TextField
            id="issue-review"
            type="date"
            className="field-date"
            label={t('fields.nextReview')}
            hint={t('fields.nextReviewHint')}
            value={nextReviewOn}
            onValueChange={setNextReviewOn}
            error={problems.has('review') ? t('fields.reviewAfter') : null}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {t('issue.add')}
          </button>
        </div>
      </form>
    </Disclosure>
  );
}
