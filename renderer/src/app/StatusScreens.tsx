import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../ui/AuthLayout';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useSession } from './session';

export function LoadingScreen() {
  const { t } = useTranslation('common');
  return (
    <AuthLayout>
      <p className="loading" role="status">
        {t('loading')}
      </p>
    </AuthLayout>
  );
}

/** The store could not even be asked about: say so, and offer to ask again. */
export function UnavailableScreen() {
  const { t } = useTranslation('common');
  const error = useSession((state) => state.loadError);
  const load = useSession((state) => state.load);
  return (
    <AuthLayout>
      <ScreenHeading>{t('unavailable.title')}</ScreenHeading>
      <p className="lead">{t('unavailable.body')}</p>
      {error ? <ErrorAlert error={error} id="load-error" /> : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void load()}>
          {t('unavailable.retry')}
        </button>
      </div>
    </AuthLayout>
  );
}
