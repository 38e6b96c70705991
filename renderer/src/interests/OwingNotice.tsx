import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import { hrefOf } from '../shell/areas';
import { canManagePeople } from '../users/roles';
import { useOwingCount } from './owing-count';

/** On the administrator's home screen: declarations owed (12 months after the last, or never made) and refusals waiting for them. */
export function OwingNotice({ onGo }: { onGo(): void }) {
  const { t } = useTranslation('interests');
  const user = useCurrentUser();
  const admin = user !== null && canManagePeople(user.role);
  const owing = useOwingCount((state) => state.owing);
  const refusals = useOwingCount((state) => state.refusals);
  const refresh = useOwingCount((state) => state.refresh);
  useEffect(() => {
    if (admin) void refresh();
  }, [admin, user?.id, refresh]);
  if (!admin || owing === null || (owing === 0 && refusals === 0)) return null;
  return (
    <div className="shell-alert">
      <div className="notice notice-warning banner" role="region" aria-label={t('owing.label')} data-testid="owing-notice">
        <p className="banner-lead">
          {owing > 0 ? t('owing.text', { count: owing }) : null} {refusals > 0 ? t('owing.refusals', { count: refusals }) : null}
        </p>
        <a
          href={hrefOf('settings', 'interests')}
          className="banner-link"
          onClick={(event) => {
            event.preventDefault();
            onGo();
          }}
        >
          {t('owing.go')}
        </a>
      </div>
    </div>
  );
}
