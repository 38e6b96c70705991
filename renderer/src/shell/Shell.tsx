import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AUTO_LOCK_MINUTES, useCurrentUser, useSession } from '../app/session';
import { flushDraftWithin } from '../capture/draft-autosave';
import { useCapture } from '../capture/capture-store';
import { useDraftOffer } from '../drafts/draft-offer';
import { DraftsOffer } from '../drafts/DraftsOffer';
import { canCapture } from '../users/roles';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Logo } from '../ui/Logo';
import { AreaContent } from './AreaContent';
import { AREA_KEYS, areasFor, hrefOf, useRoute } from './areas';
import { AREA_ICONS } from './icons';
import { RecoveryKeyBanner } from './RecoveryKeyBanner';
import { ConflictDialog } from '../interests/ConflictDialog';
import { OwingNotice } from '../interests/OwingNotice';
import { TopBar } from './TopBar';
import { useAutoLock } from './useAutoLock';
import { useLockShortcut } from './useLockShortcut';

const INTEGRITY_POLL_MS = 1500;

/** The open app: sidebar navigation, a header with the organisation, who is signed in and the lock button, and the current area. */
export function Shell() {
  const { t } = useTranslation(['shell', 'common', 'errors']);
  const minutes = useSession((state) => state.settings?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES);
  const lock = useSession((state) => state.lock);
  const lockError = useSession((state) => state.lockError);
  const integrity = useSession((state) => state.status?.integrity ?? 'unchecked');
  const integrityProblem = useSession((state) => state.status?.integrityProblem ?? null);
  const refreshStatus = useSession((state) => state.refreshStatus);
  const user = useCurrentUser();
  const areas = areasFor(user?.role ?? null);
  const [route, go] = useRoute(areas);
  const mainRef = useRef<HTMLElement>(null);
  const offer = useDraftOffer((state) => state.status);
  const checkDrafts = useDraftOffer((state) => state.check);
  const capturing = user !== null && canCapture(user.role);

  // Whatever is being typed goes to its encrypted draft before the store locks.
  const lockNow = useCallback(() => void flushDraftWithin().then(() => lock('user')), [lock]);
  const lockIdle = useCallback(() => void flushDraftWithin().then(() => lock('idle')), [lock]);
  useLockShortcut(lockNow);
  useAutoLock(minutes, lockIdle);

  // After unlocking and signing in, offer every draft that was never saved.
  useEffect(() => {
    if (capturing && offer === 'idle') void checkDrafts({ except: useCapture.getState().draftId });
  }, [capturing, offer, checkDrafts]);

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
  const waitingForDrafts = capturing && (offer === 'idle' || offer === 'checking');

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
              {areas.map((item) => (
                <li key={item} className={item === 'settings' ? 'nav-item nav-item-end' : 'nav-item'}>
                  <a
                    className="nav-link"
                    href={hrefOf(item)}
                    aria-current={item === route.area ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      if (offer === 'offering') useDraftOffer.getState().finish();
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
        <TopBar onLock={lockNow} />
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
        <RecoveryKeyBanner onGo={() => go('settings', 'recovery-key')} />
        {route.area === areas[0] ? <OwingNotice onGo={() => go('settings', 'interests')} /> : null}
        {lockError ? (
          <div className="shell-alert">
            <ErrorAlert error={lockError} lead={t('lockFailed')} />
          </div>
        ) : null}
        <main className="content" ref={mainRef}>
          {waitingForDrafts ? (
            <p className="loading" role="status">
              {t('common:loading')}
            </p>
          ) : offer === 'offering' ? (
            <DraftsOffer onResumed={() => go('capture')} />
          ) : (
            <AreaContent route={route} go={go} />
          )}
        </main>
      </div>
      <ConflictDialog />
    </div>
  );
}
