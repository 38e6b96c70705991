import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedPack } from '../../../shared/packs/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { PackNotes } from './PackNotes';

/** Staff: the packs issued from this store, with what has come back from each. */
export function IssuedPacks({ refresh }: { refresh: number }) {
  const { t } = useTranslation('packs');
  const [packs, setPacks] = useState<IssuedPack[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [shown, setShown] = useState<IssuedPack | null>(null);

  useEffect(() => {
    let live = true;
    void api.listIssuedPacks({}).then((answer) => {
      if (!live) return;
      if (answer.ok) setPacks(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [refresh]);

  return (
    <section className="panel" aria-labelledby="packs-issued-title" data-testid="packs-issued">
      <h2 className="panel-title" id="packs-issued-title">
        {t('issued.title')}
      </h2>
      {error ? <ErrorAlert error={error} /> : null}
      {packs === null && !error ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : null}
      {packs?.length === 0 ? <p className="empty-state">{t('issued.empty')}</p> : null}
      {packs && packs.length > 0 ? (
        <table className="review-table packs-table">
          <caption className="visually-hidden">{t('issued.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('issued.pack')}</th>
              <th scope="col">{t('issued.volunteer')}</th>
              <th scope="col">{t('issued.issued')}</th>
              <th scope="col">{t('issued.stories')}</th>
              <th scope="col">{t('issued.suggestions')}</th>
              <th scope="col">{t('issued.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((pack) => (
              <tr key={pack.id}>
                <th scope="row" className="packs-id">
                  {pack.id}
                </th>
                <td>{pack.volunteerName}</td>
                <td>{t('issued.issuedBy', { when: formatDateTime(pack.issuedAt), name: pack.issuedByName })}</td>
                <td>{pack.stories}</td>
                <td>{pack.suggestionsImported}</td>
                <td>
                  {pack.notes > 0 ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-expanded={shown?.id === pack.id}
                      onClick={() => setShown(shown?.id === pack.id ? null : pack)}
                      aria-label={t('issued.showNotesLabel', { count: pack.notes, packId: pack.id })}
                    >
                      {t('issued.showNotes', { count: pack.notes })}
                    </button>
                  ) : (
                    '0'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {shown ? <PackNotes key={shown.id} packId={shown.id} volunteerName={shown.volunteerName} /> : null}
    </section>
  );
}
