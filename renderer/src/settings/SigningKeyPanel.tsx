import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningKeyPublic } from '../../../shared/bundles/contract';
import { groupFingerprint } from '../../../shared/bundles/fingerprint';
import { api, type ApiError } from '../api/client';
import { useCurrentUser } from '../app/session';
import { canManageRegister } from '../users/roles';
import { ErrorAlert } from '../ui/ErrorAlert';

type Copy = 'idle' | 'copied' | 'failed';

/**
 * The organisation's signing-key fingerprint, for staff to give recipients by a
 * route other than the bundle, so they can tell a bundle from us from a forgery.
 */
export function SigningKeyPanel() {
  const user = useCurrentUser();
  // Only staff and admins may see the key (the service enforces the same).
  return user && canManageRegister(user.role) ? <SigningKeyDetails /> : null;
}

function SigningKeyDetails() {
  const { t } = useTranslation('settings');
  const [key, setKey] = useState<SigningKeyPublic | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [copy, setCopy] = useState<Copy>('idle');

  useEffect(() => {
    let live = true;
    void api.getSigningKey({}).then((answer) => {
      if (!live) return;
      if (answer.ok) setKey(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, []);

  const fingerprint = key ? groupFingerprint(key.fingerprint) : '';
  const copyFingerprint = async () => {
    try {
      await navigator.clipboard.writeText(fingerprint);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section className="panel" aria-labelledby="settings-signing-title" data-testid="signing-key-panel">
      <h2 className="panel-title" id="settings-signing-title">
        {t('signingKey.title')}
      </h2>
      <p className="panel-intro">{t('signingKey.intro')}</p>
      {error ? <ErrorAlert error={error} lead={t('signingKey.loadFailed')} id="settings-signing-error" /> : null}
      {!key && !error ? <p role="status">{t('signingKey.loading')}</p> : null}
      {key ? (
        <>
          <p>{t('signingKey.compare')}</p>
          <dl className="facts">
            <div className="fact">
              <dt id="signing-fingerprint-label">{t('signingKey.fingerprintLabel')}</dt>
              <dd>
                <p className="field-hint" id="signing-fingerprint-hint">
                  {t('signingKey.fingerprintHint')}
                </p>
                <code className="path fingerprint" data-testid="signing-fingerprint" aria-describedby="signing-fingerprint-hint">
                  {fingerprint.split(' ').map((group, index) => (
                    <Fragment key={index}>
                      {index > 0 ? ' ' : null}
                      <span>{group}</span>
                    </Fragment>
                  ))}
                </code>
              </dd>
            </div>
          </dl>
          <div className="signing-key-actions">
            <button type="button" className="button button-secondary" onClick={() => void copyFingerprint()}>
              {t('signingKey.copyFingerprint')}
            </button>
            <span role="status" className={copy === 'failed' ? 'field-error' : undefined}>
              {copy === 'copied' ? t('signingKey.copied') : copy === 'failed' ? t('signingKey.copyFailed') : ''}
            </span>
          </div>
          <details className="signing-key-pem">
            <summary>{t('signingKey.publicKey')}</summary>
            <pre className="path" aria-label={t('signingKey.publicKeyLabel')} data-testid="signing-public-key">
              {key.publicKeyPem}
            </pre>
          </details>
        </>
      ) : null}
    </section>
  );
}
