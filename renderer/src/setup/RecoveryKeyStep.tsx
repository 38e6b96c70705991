import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { AuthLayout } from '../ui/AuthLayout';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { LastGroupForm } from './LastGroupForm';
import { lastGroup } from './recovery-key';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';

interface RecoveryKeyStepProps {
  recoveryKey: string;
  /** Records with the store that the key was written down; answers the error if that failed. */
  onConfirmed(): Promise<ApiError | null>;
}

/** Shows the recovery key once, then asks for its last group to prove it was written down. */
export function RecoveryKeyStep({ recoveryKey, onConfirmed }: RecoveryKeyStepProps) {
  const [step, setStep] = useState<'show' | 'confirm'>('show');
  return step === 'show' ? (
    <ShowKey recoveryKey={recoveryKey} onWritten={() => setStep('confirm')} />
  ) : (
    <ConfirmKey recoveryKey={recoveryKey} onBack={() => setStep('show')} onConfirmed={onConfirmed} />
  );
}

function ShowKey({ recoveryKey, onWritten }: { recoveryKey: string; onWritten(): void }) {
  const { t } = useTranslation('setup');
  useDocumentTitle(t('key.pageTitle'));
  return (
    <AuthLayout wide>
      <p className="notice notice-success" role="status">
        {t('key.created')}
      </p>
      <ScreenHeading>{t('key.title')}</ScreenHeading>
      <p className="lead">{t('key.explain')}</p>
      <RecoveryKeyGroups recoveryKey={recoveryKey} />
      <p className="notice notice-warning">{t('key.once')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onWritten}>
          {t('key.written')}
        </button>
      </div>
    </AuthLayout>
  );
}

function ConfirmKey({ recoveryKey, onBack, onConfirmed }: { recoveryKey: string; onBack(): void; onConfirmed(): Promise<ApiError | null> }) {
  const { t } = useTranslation('setup');
  useDocumentTitle(t('confirm.pageTitle'));
  return (
    <AuthLayout>
      <ScreenHeading>{t('confirm.title')}</ScreenHeading>
      <p className="lead">{t('confirm.explain', { total: lastGroup(recoveryKey).length })}</p>
      <LastGroupForm recoveryKey={recoveryKey} idPrefix="setup" onConfirmed={onConfirmed} onBack={onBack} submitLabel={t('confirm.submit')} />
    </AuthLayout>
  );
}
