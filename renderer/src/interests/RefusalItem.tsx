import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenRefusal } from '../../../shared/interests/schemas';
import { hasContent } from '../../../shared/text/verbatim';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { declarationText } from './declaration-text';

type Mode = 'view' | 'reassign' | 'override';
type Candidate = { id: string; name: string };

/** One refusal waiting for an administrator: give the work to someone the rule allows, or allow it with a reason (never without). */
export function RefusalItem({ refusal, onSettled }: { refusal: OpenRefusal; onSettled(message: string): void }) {
  const { t } = useTranslation('interests');
  const [mode, setMode] = useState<Mode>('view');
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [toUserId, setToUserId] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `refusal-${refusal.id}`;

  useEffect(() => {
    if (mode !== 'reassign') return undefined;
    let live = true;
    void api.listConflictCandidates({ action: refusal.action, subject: refusal.subject, exceptUserId: refusal.person.id }).then((answer) => {
      if (live) setCandidates(answer.ok ? answer.value : []);
    });
    return () => {
      live = false;
    };
  }, [mode, refusal]);

  useEffect(() => {
    if (mode === 'override') document.getElementById(`${prefix}-reason`)?.focus();
    if (mode === 'reassign' && candidates !== null) document.getElementById(candidates.length > 0 ? `${prefix}-to` : `${prefix}-cancel`)?.focus();
  }, [mode, candidates, prefix]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = mode === 'reassign' ? (toUserId === '' ? t('refusals.candidateRequired') : null) : !hasContent(reason) ? t('refusals.reasonRequired') : null;
    setProblem(missing);
    if (missing) return document.getElementById(mode === 'reassign' ? `${prefix}-to` : `${prefix}-reason`)?.focus();
    setBusy(true);
    const answer =
      mode === 'reassign'
        ? await api.reassignWork({ action: refusal.action, subject: refusal.subject, fromUserId: refusal.person.id, toUserId, reason })
        : await api.overrideConflict({ action: refusal.action, subject: refusal.subject, userId: refusal.person.id, reason });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    const name = mode === 'reassign' ? (candidates?.find((c) => c.id === toUserId)?.name ?? '') : refusal.person.name;
    onSettled(mode === 'reassign' ? t('refusals.reassigned', { name }) : t('refusals.overridden', { name }));
  };

  const cancel = () => {
    setMode('view');
    setProblem(null);
    setError(null);
  };

  return (
    <li className="refusal" data-testid="refusal">
      <h3 className="refusal-title">{t('refusals.item', { person: refusal.person.name, work: t(`work.${refusal.action}`) })}</h3>
      <p dir="auto">{t('refusals.about', { subject: t(`subjects.${refusal.subject.type}`), label: refusal.label })}</p>
      <ul>
        {refusal.matches.map((match) => (
          <li key={match.interestId} dir="auto">
            {declarationText(match)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('refusals.at', { at: formatDateTime(refusal.at) })}</p>
      {mode === 'view' ? (
        <div className="row-actions">
          <button type="button" className="button button-secondary button-small" onClick={() => setMode('reassign')}>
            {t('refusals.reassign')}
          </button>
          {refusal.subject.type === 'sample' ? null : (
            <button type="button" className="button button-quiet button-small" onClick={() => setMode('override')}>
              {t('refusals.override')}
            </button>
          )}
        </div>
      ) : (
        <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
          {mode === 'reassign' && candidates !== null && candidates.length === 0 ? <p className="notice notice-warning">{t('refusals.noCandidates')}</p> : null}
          {mode === 'reassign' && candidates && candidates.length > 0 ? (
            <SelectField
              id={`${prefix}-to`}
              label={t('refusals.candidate')}
              value={toUserId}
              onValueChange={setToUserId}
              options={[{ value: '', label: t('form.choose') }, ...candidates.map((c) => ({ value: c.id, label: c.name }))]}
              error={problem}
            />
          ) : null}
          <TextAreaField
            id={`${prefix}-reason`}
            label={mode === 'override' ? t('refusals.reason') : t('refusals.reasonOptional')}
            value={reason}
            onValueChange={setReason}
            maxLength={1000}
            rows={2}
            error={mode === 'override' ? problem : null}
          />
          {error ? <ErrorAlert error={error} id={`${prefix}-error`} /> : null}
          <div className="form-actions">
            {mode === 'override' || (candidates && candidates.length > 0) ? (
              <button type="submit" className="button button-primary button-small" aria-disabled={busy || undefined}>
                {mode === 'reassign' ? t('refusals.reassignSubmit') : t('refusals.overrideSubmit')}
              </button>
            ) : null}
            <button type="button" className="button button-secondary button-small" id={`${prefix}-cancel`} onClick={cancel}>
              {t('refusals.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
