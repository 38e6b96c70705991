import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { openingWords } from '../capture/capture-values';
import { resumeDraft } from '../capture/resume-draft';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useDraftOffer, type OfferedDraft } from './draft-offer';
import { draftStore } from './draft-store';

/** Every unsaved draft, to resume or discard, before anything else is done. */
export function DraftsOffer({ onResumed }: { onResumed(): void }) {
  const { t } = useTranslation('drafts');
  useDocumentTitle(t('pageTitle'));
  const drafts = useDraftOffer((state) => state.drafts);
  const finish = useDraftOffer((state) => state.finish);
  const [announcement, setAnnouncement] = useState('');
  return (
    <section className="area" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey="drafts">
          {t('title')}
        </ScreenHeading>
        <p className="lead">{t('intro')}</p>
      </header>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <ul className="draft-list" aria-label={t('listLabel')}>
        {drafts.map((draft) => (
          <DraftCard key={draft.id} draft={draft} onResumed={onResumed} onDiscarded={() => setAnnouncement(t('discarded'))} />
        ))}
      </ul>
      <div className="form-actions drafts-later">
        <button type="button" className="button button-secondary" onClick={finish} aria-describedby="drafts-later-hint">
          {t('later')}
        </button>
        <p className="muted" id="drafts-later-hint">
          {t('laterHint')}
        </p>
      </div>
    </section>
  );
}

function DraftCard({ draft, onResumed, onDiscarded }: { draft: OfferedDraft; onResumed(): void; onDiscarded(): void }) {
  const { t } = useTranslation('drafts');
  const removed = useDraftOffer((state) => state.removed);
  const finish = useDraftOffer((state) => state.finish);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const name = draft.userName ?? t('unknownPerson');
  const when = formatDateTime(draft.updatedAt);

  const resume = async () => {
    if (!draft.readable || busy) return;
    setBusy(true);
    const failed = await resumeDraft(draft.id, draft.payload);
    setBusy(false);
    if (failed) return setError(failed);
    finish();
    onResumed();
  };

  const discard = async () => {
    setBusy(true);
    await draftStore().remove(draft.id);
    setBusy(false);
    onDiscarded();
    removed(draft.id);
  };

  return (
    <li className="draft-card" data-testid="draft-card">
      <p className="draft-meta">
        <strong>{t('typedBy', { name })}</strong>
        <span> · {t('lastChanged', { when })}</span>
        {draft.readable ? <span> · {draft.payload.event ? t('atEvent', { event: draft.payload.event.name }) : t('noEvent')}</span> : null}
      </p>
      {draft.readable ? (
        <p className="draft-excerpt" dir="auto">
          {openingWords(draft.payload.values.text) || t('empty')}
        </p>
      ) : (
        <p className="notice notice-warning">{t('unreadable')}</p>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      {confirming ? (
        <ConfirmPanel
          title={t('discardConfirm')}
          confirmLabel={t('discardYes')}
          cancelLabel={t('keep')}
          onConfirm={() => void discard()}
          onCancel={() => setConfirming(false)}
          busy={busy}
          danger
        >
          <p>{t('discardBody')}</p>
        </ConfirmPanel>
      ) : (
        <div className="form-actions">
          {draft.readable ? (
            <button type="button" className="button button-primary" onClick={() => void resume()} aria-label={t('resumeNamed', { name, when })} aria-disabled={busy || undefined}>
              {busy ? t('resuming') : t('resume')}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)} aria-label={t('discardNamed', { name, when })}>
            {t('discard')}
          </button>
        </div>
      )}
    </li>
  );
}
