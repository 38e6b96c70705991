import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSession } from '../app/session';
import { hrefOf, type Area } from '../shell/areas';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { MyPinForm } from './MyPinForm';
import { OrganisationForm } from './OrganisationForm';
import { SigningKeyPanel } from './SigningKeyPanel';
import { PeopleSettings } from '../users/PeopleSettings';
import { MyDeclarations } from '../interests/MyDeclarations';
import { RegisterSection } from '../interests/RegisterSection';
import { PromptsEditor } from './PromptsEditor';
import { RecoveryKeySettings } from './RecoveryKeySettings';
import { ServicesRegister } from './services/ServicesRegister';
import { sectionFrom, sectionsFor, type SettingsSection } from './settings-sections';
import { StoreLocation } from './StoreLocation';
import { SyncSettings } from '../sync/SyncSettings';

interface SettingsScreenProps {
  section?: string | null;
  go?(area: Area, sub?: string | null): void;
}

export function SettingsScreen({ section = null, go }: SettingsScreenProps) {
  const { t } = useTranslation('settings');
  useDocumentTitle(t('title'));
  const settings = useSession((state) => state.settings);
  const user = useCurrentUser();
  const sections = sectionsFor(user?.role ?? null);
  const current = sectionFrom(section, sections);
  return (
    <section className="area" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`settings-${current}`}>
          {t('title')}
        </ScreenHeading>
      </header>
      {sections.length > 1 ? (
        <nav className="subnav" aria-label={t('sectionsLabel')}>
          <ul className="subnav-list">
            {sections.map((item) => (
              <li key={item}>
                <a
                  className="subnav-link"
                  href={hrefOf('settings', item === 'general' ? null : item)}
                  aria-current={item === current ? 'page' : undefined}
                  onClick={(event) => {
                    if (!go) return;
                    event.preventDefault();
                    go('settings', item === 'general' ? null : item);
                  }}
                >
                  {t(`sections.${item}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <SectionContent section={current} hasSettings={settings !== null} organisation={settings?.organisation ?? ''} autoLock={settings?.autoLockMinutes ?? null} />
    </section>
  );
}

function SectionContent({ section, hasSettings, organisation, autoLock }: { section: SettingsSection; hasSettings: boolean; organisation: string; autoLock: number | null }) {
  const { t } = useTranslation('settings');
  switch (section) {
    case 'prompts':
      return <PromptsEditor />;
    case 'services':
      return <ServicesRegister />;
    case 'people':
      return <PeopleSettings />;
    case 'interests':
      return <RegisterSection />;
    case 'my-declarations':
      return <MyDeclarations />;
    case 'my-pin':
      return <MyPinForm />;
    case 'recovery-key':
      return <RecoveryKeySettings />;
    case 'sync':
      return <SyncSettings />;
    case 'general':
      return (
        <>
          {hasSettings ? null : (
            <p className="notice notice-warning" role="status">
              {t('loadFailed')}
            </p>
          )}
          <div className="settings-grid">
            <OrganisationForm initial={organisation} />
            <SigningKeyPanel />
            <AutoLockForm initial={autoLock} />
            <ChangePassphraseForm />
            <StoreLocation />
          </div>
        </>
      );
  }
}
