import { useTranslation } from 'react-i18next';
import { useCurrentUser, useSession } from '../app/session';
import { canReplaceRecoveryKey } from '../users/roles';
import { hrefOf } from './areas';

/**
 * Setup stopped before the recovery key was checked, or a new key was never
 * confirmed: without a written-down key a forgotten passphrase loses every story.
 */
export function RecoveryKeyBanner({ onGo }: { onGo(): void }) {
  const { t } = useTranslation('shell');
  const unconfirmed = useSession((state) => state.status?.recoveryKeyConfirmed === false);
  const user = useCurrentUser();
  if (!unconfirmed) return null;
  const canFix = user !== null && canReplaceRecoveryKey(user.role);
  return (
    <div className="shell-alert">
      <div className="notice notice-warning banner" role="region" aria-label={t('recoveryKey.label')} data-testid="recovery-key-banner">
        <p className="banner-lead">{t('recoveryKey.unconfirmed')}</p>
        {canFix ? (
          <a
            href={hrefOf('settings', 'recovery-key')}
            className="banner-link"
            onClick={(event) => {
              event.preventDefault();
              onGo();
            }}
          >
            {t('recoveryKey.fix')}
          </a>
        ) : (
          <p>{t('recoveryKey.askStaff')}</p>
        )}
      </div>
    </div>
  );
}
