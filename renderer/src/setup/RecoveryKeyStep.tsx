import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthLayout } from '../ui/AuthLayout';
import { ScreenHeading } from '../ui/ScreenHeading';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { keyGroups, lastGroup, matchesLastGroup } from './recovery-key';

interface RecoveryKeyStepProps {
  recoveryKey: string;
  onConfirmed(): void;
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
  const groups = keyGroups(recoveryKey);
  return (
    <AuthLayout wide>
      <p className="notice notice-success" role="status">
        {t('key.created')}
      </p>
      <ScreenHeading>{t('key.title')}</ScreenHeading>
      <p className="lead">{t('key.explain')}</p>
      <ol className="recovery-key" aria-label={t('key.label')} data-testid="recovery-key">
        {groups.map((group, index) => (
          <li key={index} className="recovery-key-group">
            <span className="recovery-key-index" aria-hidden="true">
              {index + 1}
            </span>
            <span className="recovery-key-chars">{group}</span>
          </li>
        ))}
      </ol>
      <p className="notice notice-warning">{t('key.once')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onWritten}>
          {t('key.written')}
        </button>
      </div>
    </AuthLayout>
  );
}

function ConfirmKey({ recoveryKey, onBack, onConfirmed }: { recoveryKey: string; onBack(): void; onConfirmed(): void }) {
  const { t } = useTranslation('setup');
  useDocumentTitle(t('confirm.pageTitle'));
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<'required' | 'mismatch' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const total = lastGroup(recoveryKey).length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.length === 0 ? 'required' : matchesLastGroup(recoveryKey, typed) ? null : 'mismatch';
    setProblem(next);
    if (next) {
      inputRef.current?.focus();
      return;
    }
    onConfirmed();
  };

  return (
    <AuthLayout>
      <ScreenHeading>{t('confirm.title')}</ScreenHeading>
      <p className="lead">{t('confirm.explain', { total })}</p>
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id="setup-last-group"
          ref={inputRef}
          className="field-key field-short"
          label={t('confirm.label')}
          hint={t('confirm.hint', { total })}
          value={typed}
          onValueChange={setTyped}
          autoComplete="off"
          error={problem ? t(`confirm.${problem}`) : null}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('confirm.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onBack}>
            {t('confirm.back')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
