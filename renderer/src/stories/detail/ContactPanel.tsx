import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../../api/client';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Panel } from './Panel';
import type { PanelProps } from './panel-props';

/** Contact details, kept apart from the story and removable on their own once the follow-up is done. */
export function ContactPanel({ story, onChanged }: PanelProps) {
  const { t } = useTranslation('stories');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [removed, setRemoved] = useState(false);
  const [busy, setBusy] = useState(false);
  const contact = story.contact;

  const remove = async () => {
    setBusy(true);
    const answer = await api.removeContact({ id: story.id });
    setBusy(false);
    setConfirming(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setRemoved(true);
    onChanged(answer.value);
  };

  return (
    <Panel id="story-contact" title={t('detail.contactTitle')}>
      <p className="form-status" role="status">
        {removed ? t('detail.contactRemoved') : ''}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      {!story.hasContact ? <p className="muted">{t('detail.noContact')}</p> : null}
      {story.hasContact && !contact ? <p className="muted">{t('detail.contactHidden')}</p> : null}
      {contact ? (
        <>
          <dl className="facts">
            {(
              [
                ['contactName', contact.name],
                ['contactPhone', contact.phone],
                ['contactEmail', contact.email],
              ] as const
            ).map(([label, value]) =>
              value ? (
                <div className="fact" key={label}>
                  <dt>{t(`detail.${label}`)}</dt>
                  <dd dir="auto">{value}</dd>
                </div>
              ) : null,
            )}
          </dl>
          {confirming ? (
            <ConfirmPanel
              title={t('detail.removeContactConfirm')}
              confirmLabel={t('detail.removeContactYes')}
              cancelLabel={t('detail.cancel')}
              onConfirm={() => void remove()}
              onCancel={() => setConfirming(false)}
              busy={busy}
              danger
            >
              <p>{t('detail.removeContactBody')}</p>
            </ConfirmPanel>
          ) : (
            <div className="form-actions">
              <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
                {t('detail.removeContact')}
              </button>
            </div>
          )}
        </>
      ) : null}
    </Panel>
  );
}
