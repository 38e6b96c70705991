import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupFingerprint } from '../../../shared/bundles/fingerprint';
import type { ReceivedPack } from '../../../shared/packs/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { FileActionPanel } from '../jobs/FileActionPanel';
import { PackWorkspace } from './PackWorkspace';

/**
 * Review → Review packs, on a volunteer's own Verbatim: bring in a review pack,
 * open one to suggest themes, and make the results file that goes back. One
 * place for the whole of a volunteer's work on a pack, from arrival to results.
 */
export function ReceivedPacks() {
  const { t } = useTranslation('packs');
  const [packs, setPacks] = useState<ReceivedPack[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [changed, setChanged] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void api.listReceivedPacks({}).then((answer) => {
      if (!live) return;
      if (answer.ok) setPacks(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [changed]);

  if (openId) {
    return (
      <PackWorkspace
        packId={openId}
        onClose={() => {
          setOpenId(null);
          setChanged((n) => n + 1);
          requestAnimationFrame(() => document.getElementById(`pack-open-${openId}`)?.focus());
        }}
      />
    );
  }
  return (
    <div className="packs" data-testid="packs-volunteer">
      <ImportPackForm onImported={() => setChanged((n) => n + 1)} />
      <section className="panel" aria-labelledby="packs-received-title" data-testid="packs-received">
        <h2 className="panel-title" id="packs-received-title">
          {t('received.title')}
        </h2>
        {error ? <ErrorAlert error={error} /> : null}
        {packs?.length === 0 ? <p className="empty-state">{t('received.empty')}</p> : null}
        {packs && packs.length > 0 ? (
          <ul className="packs-received-list">
            {packs.map((pack) => (
              <li key={pack.id} className="packs-received-item" data-testid="received-pack">
                <h3 className="packs-received-name">{t('received.name', { organisation: pack.organisation, when: formatDateTime(pack.issuedAt) })}</h3>
                <p className="story-meta">{t('received.meta', { stories: pack.stories, done: pack.storiesWithSuggestions, name: pack.issuedByName, volunteer: pack.volunteerName })}</p>
                <p className="story-meta">
                  {t('received.fingerprint')} <code className="packs-fingerprint">{groupFingerprint(pack.keyFingerprint)}</code>
                </p>
                <button type="button" id={`pack-open-${pack.id}`} className="button button-primary button-small" onClick={() => setOpenId(pack.id)}>
                  {t('received.open')}
                  <span className="visually-hidden"> {t('received.name', { organisation: pack.organisation, when: formatDateTime(pack.issuedAt) })}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

function ImportPackForm({ onImported }: { onImported(): void }) {
  const { t } = useTranslation('packs');
  const [path, setPath] = useState('');
  return (
    <FileActionPanel
      name="pack-import"
      testId="pack-import"
      fieldId="pack-import-path"
      mode="open"
      filters={[{ name: t('fileType'), extensions: ['zip'] }]}
      text={{
        title: t('import.title'),
        intro: t('import.intro'),
        path: t('import.path'),
        pathRequired: t('import.pathRequired'),
        failed: t('import.failed'),
        submit: t('import.submit'),
        busy: t('import.reading'),
      }}
      path={path}
      onPathChange={setPath}
      run={(chosen) => api.importPack({ path: chosen })}
      renderDone={(done) => (
        <div className="notice notice-success">
          <p>{done.alreadyImported ? t('import.already', { organisation: done.pack.organisation }) : t('import.done', { count: done.pack.stories, organisation: done.pack.organisation })}</p>
          <p>
            {t('import.compare')} <code className="packs-fingerprint">{groupFingerprint(done.pack.keyFingerprint)}</code>
          </p>
        </div>
      )}
      onDone={() => {
        setPath('');
        onImported();
      }}
    />
  );
}
