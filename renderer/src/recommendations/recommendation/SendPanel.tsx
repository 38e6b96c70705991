import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationDetail } from '../../../../shared/recommendations/schemas';
import { RESPONSE_WORKING_DAYS } from '../../../../shared/recommendations/vocabulary';
import { api, type ApiError } from '../../api/client';
import { Panel } from '../../stories/detail/Panel';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDay, localToday } from '../../ui/format';
import { TextField } from '../../ui/TextField';
import { useDueCount } from '../due-count';
import { withDeclarations } from '../../interests/conflict-gate';

/**
 * Sending a draft: the day it goes, and the response date that gives (20 working
 * days, bank holidays excluded), worked out by the services before anything is sent.
 * Without evidence it cannot go, and the panel says why instead of offering it.
 */
export function SendPanel({ recommendation, onSent }: { recommendation: RecommendationDetail; onSent(recommendation: RecommendationDetail): void }) {
  const { t } = useTranslation('recommendations');
  const [sentOn, setSentOn] = useState(localToday());
  const [due, setDue] = useState<{ sentOn: string; dueOn: string } | { sentOn: string; error: ApiError } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { stories, searches, themes } = recommendation.evidence;
  const hasEvidence = stories + searches + themes > 0;

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(sentOn)) return undefined;
    let live = true;
    void api.dueDateFor({ sentOn }).then((answer) => {
      if (live) setDue(answer.ok ? { sentOn, dueOn: answer.value.dueOn } : { sentOn, error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [sentOn]);

  const send = async () => {
    setBusy(true);
    const answer = await withDeclarations({ action: 'recommend', subject: { type: 'recommendation', id: recommendation.id } }, (ack) => api.sendRecommendation({ id: recommendation.id, sentOn, ...ack }));
    setBusy(false);
    setConfirming(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    void useDueCount.getState().refresh();
    onSent(answer.value);
  };

  const shown = due && due.sentOn === sentOn ? due : null;
  return (
    <Panel id="send" title={t('send.title')} className="no-print">
      {!hasEvidence ? (
        <p className="notice notice-warning" data-testid="send-needs-evidence">
          {t('send.needsEvidence')}
        </p>
      ) : (
        <>
          <p className="panel-intro">{t('send.intro', { days: RESPONSE_WORKING_DAYS, organisation: recommendation.organisation.name })}</p>
          <TextField id="send-date" type="date" className="field-date" label={t('send.date')} value={sentOn} onValueChange={setSentOn} />
          <p className="notice notice-info" role="status" data-testid="send-due">
            {shown && 'dueOn' in shown ? t('send.dueOn', { date: formatDay(shown.dueOn) }) : ''}
          </p>
          {shown && 'error' in shown ? <ErrorAlert error={shown.error} id="send-due-error" /> : null}
          {error ? <ErrorAlert error={error} id="send-error" /> : null}
          {confirming ? (
            <ConfirmPanel
              title={t('send.confirm', { organisation: recommendation.organisation.name })}
              confirmLabel={t('send.yes')}
              cancelLabel={t('cancel')}
              busy={busy}
              onConfirm={() => void send()}
              onCancel={() => setConfirming(false)}
            >
              <p>{t('send.confirmBody')}</p>
            </ConfirmPanel>
          ) : (
            <div className="form-actions">
              <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
                {t('send.send')}
              </button>
            </div>
          )}
        </>
      )}
    </Panel>
  );
}
