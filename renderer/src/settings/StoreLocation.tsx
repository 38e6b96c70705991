import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';

/** Where the encrypted store file lives, so people know what to back up. */
export function StoreLocation() {
  const { t } = useTranslation('settings');
  const status = useSession((state) => state.status);
  return (
    <section className="panel" aria-labelledby="settings-store-title">
      <h2 className="panel-title" id="settings-store-title">
        {t('store.title')}
      </h2>
      <p className="panel-intro">{t('store.intro')}</p>
      <dl className="facts">
        <div className="fact">
          <dt>{t('store.pathLabel')}</dt>
          <dd>
            <code className="path" data-testid="store-path">
              {status?.path ?? t('store.unknown')}
            </code>
          </dd>
        </div>
        <div className="fact">
          <dt>{t('store.integrityLabel')}</dt>
          <dd data-testid="store-integrity">
            {status?.integrity === 'damaged'
              ? t('store.integrity.damaged', { problem: status.integrityProblem ?? '' })
              : t(`store.integrity.${status?.integrity ?? 'unchecked'}`)}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('store.schemaLabel')}</dt>
          <dd>{status?.schemaVersion ?? t('store.unknown')}</dd>
        </div>
      </dl>
    </section>
  );
}
