import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/audit/schemas';
import type { PlanUpdate } from '../../../../shared/recommendations/schemas';
import { Panel } from '../../stories/detail/Panel';
import { formatDateTime, formatDay } from '../../ui/format';

/** Progress over the months, newest first. */
export function UpdatesPanel({ updates }: { updates: readonly PlanUpdate[] }) {
  const { t } = useTranslation('recommendations');
  return (
    <Panel id="plan-updates" title={t('update.listTitle')}>
      {updates.length === 0 ? (
        <p className="muted">{t('update.none')}</p>
      ) : (
        <ol className="history-list">
          {updates.map((update) => (
            <li key={update.id} className="history-entry" data-testid="plan-update">
              <span className="history-action">
                {formatDay(update.updatedOn)}: {t(`statuses.${update.status}`)}
              </span>
              {update.note ? (
                <p className="pre-wrap" dir="auto">
                  {update.note}
                </p>
              ) : null}
              <span className="history-meta">
                {update.nextReviewOn ? `${t('update.nextReview', { date: formatDay(update.nextReviewOn) })} · ` : ''}
                {update.recordedByName ?? t('unknownPerson')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}

/** Who did what to this item, and when, from the audit trail. */
export function HistoryPanel({ history }: { history: readonly AuditEntry[] }) {
  const { t } = useTranslation(['recommendations', 'stories']);
  return (
    <Panel id="plan-history" title={t('historyTitle')}>
      <ol className="history-list">
        {history.map((entry) => (
          <li key={entry.seq} className="history-entry">
            <span className="history-action">{t(`stories:audit.${entry.action}`)}</span>
            <span className="history-meta">
              {entry.actorName ?? t('unknownPerson')} · <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            </span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
