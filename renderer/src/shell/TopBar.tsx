import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSession } from '../app/session';
import { flushDraftWithin } from '../capture/draft-autosave';
import { DueCount } from '../recommendations/DueCount';
import { LockIcon, PersonIcon } from './icons';

/** The organisation, what is due on the action plan (for staff), who is signed in (with Switch user), and Lock. */
export function TopBar({ onLock }: { onLock(): void }) {
  const { t } = useTranslation(['shell', 'people']);
  const organisation = useSession((state) => state.settings?.organisation ?? state.status?.organisation ?? '');
  const locking = useSession((state) => state.locking);
  const switchUser = useSession((state) => state.switchUser);
  const user = useCurrentUser();
  return (
    <header className="topbar">
      <p className="topbar-organisation">
        <span className="visually-hidden">{t('organisationLabel')} </span>
        <span data-testid="organisation-name">{organisation}</span>
      </p>
      <div className="topbar-actions">
        <DueCount />
        {user ? (
          <p className="topbar-person" data-testid="signed-in-person">
            <PersonIcon />
            <span className="visually-hidden">{t('people:header.signedInAs')} </span>
            <span className="topbar-person-name" dir="auto">
              {user.name}
            </span>
            <span className="role-badge">{t(`people:roles.${user.role}`)}</span>
          </p>
        ) : null}
        {user ? (
          <button type="button" className="button button-secondary button-small" onClick={() => void flushDraftWithin().then(() => switchUser())}>
            {t('people:header.switchUser')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-secondary button-lock button-small"
          onClick={onLock}
          aria-keyshortcuts="Control+L"
          aria-disabled={locking || undefined}
        >
          <LockIcon />
          <span>{locking ? t('locking') : t('lock')}</span>
          <kbd className="shortcut" aria-hidden="true">
            {t('lockShortcut')}
          </kbd>
        </button>
      </div>
    </header>
  );
}
