import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItemRef } from '../../../../shared/recommendations/schemas';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../../../../shared/recommendations/vocabulary';
import { api, type ApiError } from '../../api/client';
import { ChoiceGroup, choiceId } from '../../ui/ChoiceGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { localToday } from '../../ui/format';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useDueCount } from '../due-count';
import { checkForm } from '../ui/form-problems';

type Problem = 'status' | 'date' | 'review';

/** Where the work on an item stands now (after a meeting, a letter), and when to look again. */
export function UpdateForm({ item, onRecorded }: { item: PlanItemRef; onRecorded(): void }) {
  const { t } = useTranslation('recommendations');
  const [status, setStatus] = useState<ImplementationStatus | null>(null);
  const [note, setNote] = useState('');
  const [updatedOn, setUpdatedOn] = useState(localToday());
  const [nextReviewOn, setNextReviewOn] = useState('');
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ok = checkForm<Problem>(
      { status: status === null, date: updatedOn === '', review: nextReviewOn !== '' && nextReviewOn <= updatedOn },
      [
        ['status', choiceId('update-status', IMPLEMENTATION_STATUSES[0])],
        ['date', 'update-date'],
        ['review', 'update-review'],
      ],
      setProblems,
    );
    if (!ok || status === null) return;
    setBusy(true);
    const answer = await api.recordPlanUpdate({ item, status, note, updatedOn, nextReviewOn: nextReviewOn || null });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setStatus(null);
    setNote('');
    setNextReviewOn('');
    void useDueCount.getState().refresh();
    onRecorded();
  };

  return (
    <section className="panel no-print" aria-labelledby="update-form-title" data-testid="update-form">
      <h2 className="panel-title" id="update-form-title">
        {t('update.title')}
      </h2>
      <p className="panel-intro">{t('update.intro')}</p>
      <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
        {error ? <ErrorAlert error={error} id="update-error" /> : null}
        <ChoiceGroup<ImplementationStatus>
          id="update-status"
          legend={t('update.status')}
          choices={IMPLEMENTATION_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
          value={status}
          onChange={setStatus}
          inline
          error={problems.has('status') ? t('update.statusRequired') : null}
        />
        <TextAreaField id="update-note" label={t('update.note')} hint={t('update.noteHint')} value={note} onValueChange={setNote} rows={3} maxLength={5000} />
        <div className="field-row">
          <TextField id="update-date" type="date" className="field-date" label={t('update.date')} value={updatedOn} onValueChange={setUpdatedOn} error={problems.has('date') ? t('fields.dateRequired') : null} />
          <TextField
            id="update-review"
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
            {t('update.record')}
          </button>
        </div>
      </form>
    </section>
  );
}
