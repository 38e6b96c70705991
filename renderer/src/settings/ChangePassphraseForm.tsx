import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { validateNewPassphrase } from '../passphrase/strength';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';
import { useChangeSecret } from './use-change-secret';

/** The passphrase that unlocks the store, changed by someone who knows the current one. */
export function ChangePassphraseForm() {
  const { t } = useTranslation('settings');
  const { current, setCurrent, next, setNext, confirm, setConfirm, currentMissing, errors, error, saved, busy, currentRef, nextRef, confirmRef, submit } = useChangeSecret({
    validate: validateNewPassphrase,
    newSecretInvalid: (problems) => Boolean(problems.passphrase),
    save: (currentPassphrase, nextPassphrase) => api.changePassphrase({ current: currentPassphrase, next: nextPassphrase }),
    wrongCurrent: 'WRONG_PASSPHRASE',
  });

  return (
    <form className="panel form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="settings-passphrase-title">
      <h2 className="panel-title" id="settings-passphrase-title">
        {t('passphrase.title')}
      </h2>
      <p className="panel-intro">{t('passphrase.intro')}</p>
      {error ? <ErrorAlert error={error} id="settings-passphrase-error" /> : null}
      <TextField
        id="settings-passphrase-current"
        ref={currentRef}
        type="password"
        autoComplete="off"
        label={t('passphrase.currentLabel')}
        value={current}
        onValueChange={setCurrent}
        error={currentMissing ? t('passphrase.currentRequired') : null}
        describedBy={error ? 'settings-passphrase-error' : undefined}
      />
      <NewPassphraseFields
        idPrefix="settings-passphrase"
        passphrase={next}
        confirm={confirm}
        onPassphraseChange={setNext}
        onConfirmChange={setConfirm}
        errors={errors}
        passphraseRef={nextRef}
        confirmRef={confirmRef}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? t('passphrase.working') : t('passphrase.save')}
        </button>
        <p className="form-status" role="status">
          {saved ? t('passphrase.saved') : ''}
        </p>
      </div>
    </form>
  );
}
