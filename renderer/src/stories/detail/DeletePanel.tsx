import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextAreaField } from '../../ui/TextAreaField';
import type { StoryDetail } from '../../../../shared/capture/story';
import { Panel } from './Panel';

/** Staff and administrators: delete a story whose consent was withdrawn, with a reason, after a check. */
export function DeletePanel({ story, onDeleted }: { story: StoryDetail; onDeleted(): void }) {
  const { t } = useTranslation('stories');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const ask = () => {
    const blank = !hasContent(reason);
    setMissing(blank);
    if (blank) return reasonRef.current?.focus();
    setConfirming(true);
  };

  const remove = async () => {
    setBusy(true);
    const answer = await api.deleteStory({ id: story.id, reason });
    setBusy(false);
    setConfirming(false);
    if (!answer.ok) return setError(answer.error);
    onDeleted();
  };

  return (
    <Panel id="story-delete" title={t('detail.deleteTitle')} className="panel-danger">
      <p className="panel-intro">{t('detail.deleteIntro')}</p>
      {error ? <ErrorAlert error={error} /> : null}
      <TextAreaField
        id="story-delete-reason"
        ref={reasonRef}
        label={t('detail.deleteReason')}
        hint={t('detail.deleteReasonHint')}
        value={reason}
        onValueChange={setReason}
        rows={2}
        maxLength={2000}
        error={missing ? t('detail.deleteReasonRequired') : null}
      />
      {confirming ? (
        <ConfirmPanel
          title={t('detail.deleteConfirm')}
          confirmLabel={t('detail.deleteYes')}
          cancelLabel={t('detail.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
          busy={busy}
          danger
        >
          <p>{t('detail.deleteBody')}</p>
        </ConfirmPanel>
      ) : (
        <div className="form-actions">
          <button type="button" className="button button-danger" onClick={ask}>
            {t('detail.delete')}
          </button>
        </div>
      )}
    </Panel>
  );
}
