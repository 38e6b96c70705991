import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferConflict } from '../../../shared/transfer/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';

/** Stories changed on both laptops: both versions were kept; a person chooses which stands. */
export function ConflictList({ reload }: { reload: number }) {
  const { t } = useTranslation('transfer');
  const [items, setItems] = useState<TransferConflict[] | null>(null);
  const [error, setError] = useState<{ error: ApiError; lead: string } | null>(null);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void api.listTransferConflicts({}).then((answer) => {
      if (!live) return;
      if (!answer.ok) return setError({ error: answer.error, lead: t('conflicts.loadFailed') });
      setItems(answer.value.items);
    });
    return () => {
      live = false;
    };
  }, [reload, t]);

  const resolve = async (id: number, keep: 'office' | 'field') => {
    const answer = await api.resolveTransferConflict({ id, keep });
    if (!answer.ok) return setError({ error: answer.error, lead: t('conflicts.resolveFailed') });
    setError(null);
    setItems(answer.value.items);
    setStatus(t('conflicts.resolved'));
    // The row (and its buttons) is gone: keep the keyboard user in the list.
    heading.current?.focus();
  };

  const describe = (conflict: TransferConflict) =>
    conflict.kind === 'words'
      ? t('conflicts.words', { office: conflict.officeRevision, field: conflict.fieldRevision })
      : t('conflicts.fields', { list: conflict.differing.map((name) => t(`conflicts.field.${name}`)).join(', ') });

  return (
    <section className="panel" aria-labelledby="transfer-conflicts-title" data-testid="transfer-conflicts">
      <h2 className="panel-title" id="transfer-conflicts-title" tabIndex={-1} ref={heading}>
        {t('conflicts.title')}
      </h2>
      <p className="panel-intro">{t('conflicts.intro')}</p>
      {error ? <ErrorAlert error={error.error} lead={error.lead} /> : null}
      <p className="form-status" role="status">
        {status}
      </p>
      {items && items.length === 0 ? <p>{t('conflicts.none')}</p> : null}
      {items && items.length > 0 ? (
        <div className="table-wrap">
          <table className="table transfer-conflicts">
            <thead>
              <tr>
                <th scope="col">{t('conflicts.story')}</th>
                <th scope="col">{t('conflicts.what')}</th>
                <th scope="col">{t('conflicts.choose')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((conflict) => (
                <tr key={conflict.id} data-testid="transfer-conflict">
                  <th scope="row">
                    <span className="transfer-excerpt">{conflict.excerpt}</span>
                    <span className="field-hint">{formatDateTime(conflict.importedAt)}</span>
                  </th>
                  <td>{describe(conflict)}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-label={t('conflicts.keepOfficeLabel', { story: conflict.excerpt })}
                        onClick={() => void resolve(conflict.id, 'office')}
                      >
                        {t('conflicts.keepOffice')}
                      </button>
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-label={t('conflicts.keepFieldLabel', { story: conflict.excerpt })}
                        onClick={() => void resolve(conflict.id, 'field')}
                      >
                        {t('conflicts.keepField')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
