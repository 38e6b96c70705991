import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { OrganisationForm } from './OrganisationForm';
import { StoreLocation } from './StoreLocation';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  useDocumentTitle(t('title'));
  const settings = useSession((state) => state.settings);
  return (
    <section className="area" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey="settings">
          {t('title')}
        </ScreenHeading>
      </header>
      {settings ? null : (
        <p className="notice notice-warning" role="status">
          {t('loadFailed')}
        </p>
      )}
      <div className="settings-grid">
        <OrganisationForm initial={settings?.organisation ?? ''} />
        <AutoLockForm initial={settings?.autoLockMinutes ?? null} />
        <ChangePassphraseForm />
        <StoreLocation />
      </div>
    </section>
  );
}
