import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { canTag } from '../../workbench/roles';
import { StatusBadge } from '../StatusBadge';
import { Panel } from './Panel';
import type { PanelProps } from './panel-props';

/** The story's status (with review's reason when it was returned) and overall sentiment; a draft can be submitted from here. */
export function StatusPanel({ story, onChanged }: PanelProps) {
  const { t } = useTranslation(['stories', 'workbench']);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const user = useCurrentUser();
  // Outreach workers submit their own drafts; staff submit anyone's (the services agree).
  const maySubmit = story.status === 'draft' && user !== null && (user.role !== 'outreach' || story.recordedById === user.id);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    const answer = await api.submitStory({ id: story.id });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDone(true);
    onChanged(answer.value);
  };

  return (
    <Panel id="story-status" title={t('detail.statusTitle')}>
      <p>
        <span className="visually-hidden">{t('detail.status')}: </span>
        <StatusBadge status={story.status} />
      </p>
      {story.status === 'returned' && story.returnReason ? (
        <p className="story-return-reason" data-testid="story-return-reason">
          <strong>{t('detail.returnReason')}:</strong> {story.returnReason}
        </p>
      ) : null}
      {/* Those who tag set the sentiment in the themes panel; everyone else reads it here. */}
      {user !== null && !canTag(user.role) ? (
        <p data-testid="story-sentiment">
          {t('detail.sentiment')}: <strong>{story.sentiment ? t(`workbench:sentiment.${story.sentiment}`) : t('detail.sentimentNone')}</strong>
        </p>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {maySubmit ? (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => void submit()} aria-describedby="story-submit-hint" aria-disabled={busy || undefined}>
            {t('detail.submit')}
          </button>
          <p className="muted" id="story-submit-hint">
            {t('detail.submitHint')}
          </p>
        </div>
      ) : null}
      <p className="form-status" role="status">
        {done ? t('detail.submitted') : ''}
      </p>
    </Panel>
  );
}
