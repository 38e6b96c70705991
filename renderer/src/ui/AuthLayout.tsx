import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from './Logo';

/** The calm, centred frame of the screens shown before the store is open. */
export function AuthLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation('common');
  return (
    <div className="auth">
      <header className="auth-brand">
        <Logo />
        <div>
          <p className="brand-name">{t('appName')}</p>
          <p className="brand-tagline">{t('tagline')}</p>
        </div>
      </header>
      <main className={wide ? 'auth-card auth-card-wide' : 'auth-card'}>{children}</main>
    </div>
  );
}
