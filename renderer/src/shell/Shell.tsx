import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AUTO_LOCK_MINUTES, useSession } from '../app/session';
import { SettingsScreen } from '../settings/SettingsScreen';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Logo } from '../ui/Logo';
import { AREA_KEYS, AREAS, hrefOf, useArea } from './areas';
import { EmptyArea } from './EmptyArea';
import { AREA_ICONS, LockIcon } from './icons';
import { useAutoLock } from './useAutoLock';
import { useLockShortcut } from './useLockShortcut';

const INTEGRITY_POLL_MS = 1500;

/** The open app: sidebar navigation, a header with the organisation and the lock button, and the current area. */
export function Shell() {
  const { t } = useTranslation(['shell', 'common', 'errors']);
  const organisation = useSession((state) => state.settings?.organisation ?? state.status?.organisation ?? '');
  const minutes = useSession((state) => state.settings?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES);
  const lock = useSession((state) => state.lock);
  const locking = useSession((state) => state.locking);
  const lockError = useSession((state) => state.lockError);
  const integrity = useSession((state) => state.status?.integrity ?? 'unchecked');
  const integrityProblem = useSession((state) => state.status?.integrityProblem ?? null);
  const refreshStatus = useSession((state) => state.refreshStatus);
  const [area, go] = useArea();
  const mainRef = useRef<HTMLElement>(null);

  const lockNow = useCallback(() => void lock('user'), [lock]);
  const lockIdle = useCallback(() => void lock('idle'), [lock]);
  useLockShortcut(lockNow);
  useAutoLock(minutes, lockIdle);

  // The store checks every page in the background after unlocking; ask until it is done.
  useEffect(() => {
    if (integrity !== 'checking') return undefined;
    const timer = window.setTimeout(() => void refreshStatus(), INTEGRITY_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [integrity, refreshStatus]);

  // Coming back to the window: check the store is still as the shell shows it.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refreshStatus();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refreshStatus]);

  const skipToContent = () => mainRef.current?.querySelector<HTMLElement>('h1')?.focus();

  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={skipToContent}>
        {t('skip')}
      </button>
      <aside className="sidebar">
        <div className="sidebar-inner">
          <div className="sidebar-brand">
            <Logo size={32} />
            <span className="brand-name">{t('common:appName')}</span>
          </div>
          <nav className="nav" aria-label={t('navLabel')}>
            <ul className="nav-list">
              {AREAS.map((item) => (
                <li key={item} className={item === 'settings' ? 'nav-item nav-item-end' : 'nav-item'}>
                  <a
                    className="nav-link"
                    href={hrefOf(item)}
                    aria-current={item === area ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      go(item);
                    }}
                  >
                    {AREA_ICONS[item]}
                    <span>{t(`areas.${AREA_KEYS[item]}.name`)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </aside>
      <div className="shell-main">
        <header className="topbar">
          <p className="topbar-organisation">
            <span className="visually-hidden">{t('organisationLabel')} </span>
            <span data-testid="organisation-name">{organisation}</span>
          </p>
          <button
            type="button"
            className="button button-secondary button-lock"
            onClick={lockNow}
            aria-keyshortcuts="Control+L"
            aria-disabled={locking || undefined}
          >
            <LockIcon />
            <span>{locking ? t('locking') : t('lock')}</span>
            <kbd className="shortcut" aria-hidden="true">
              {t('lockShortcut')}
            </kbd>
          </button>
        </header>
        {integrity === 'damaged' ? (
          <div className="shell-alert">
            <div className="alert alert-error" role="alert" data-testid="integrity-damaged">
              <p className="alert-lead">{t('integrity.damaged')}</p>
              <p>{t('integrity.advice')}</p>
              {integrityProblem ? (
                <details className="alert-detail">
                  <summary>{t('errors:detailSummary')}</summary>
                  <p>{integrityProblem}</p>
                </details>
              ) : null}
            </div>
          </div>
        ) : null}
        {lockError ? (
          <div className="shell-alert">
            <ErrorAlert error={lockError} lead={t('lockFailed')} />
          </div>
        ) : null}
        <main className="content" ref={mainRef}>
          {area === 'settings' ? <SettingsScreen /> : <EmptyArea area={area} />}
        </main>
      </div>
    </div>
  );
}
