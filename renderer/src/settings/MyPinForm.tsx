import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { NewPinFields } from '../users/NewPinFields';
import { validateNewPin } from '../users/pin';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';
import { useChangeSecret } from './use-change-secret';

/** The signed-in person changes their own PIN. */
export function MyPinForm() {
  const { t } = useTranslation('people');
  const { current, setCurrent, next: pin, setNext: setPin, confirm, setConfirm, currentMissing, errors, error, saved, busy, currentRef, nextRef: pinRef, confirmRef, submit } = useChangeSecret({
    validate: validateNewPin,
    newSecretInvalid: (problems) => Boolean(problems.pin),
    save: (currentPin, nextPin) => api.changePin({ currentPin, nextPin }),
    wrongCurrent: 'WRONG_PIN',
  });

  return (
    <form className="panel form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="settings-pin-title">
      <h2 className="panel-title" id="settings-pin-title">
        {t('myPin.title')}
      </h2>
      <p className="panel-intro">{t('myPin.intro')}</p>
      {error ? <ErrorAlert error={error} id="settings-pin-error" /> : null}
      <TextField
        id="settings-pin-current"
        ref={currentRef}
        className="field-short"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        label={t('myPin.current')}
        value={current}
        onValueChange={setCurrent}
        error={currentMissing ? t('myPin.currentRequired') : null}
        describedBy={error ? 'settings-pin-error' : undefined}
      />
      <NewPinFields
        idPrefix="settings-new"
        pin={pin}
        confirm={confirm}
        onPinChange={setPin}
        onConfirmChange={setConfirm}
        errors={errors}
        pinRef={pinRef}
        confirmRef={confirmRef}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? t('myPin.working') : t('myPin.save')}
        </button>
        <p className="form-status" role="status">
          {saved ? t('myPin.saved') : ''}
        </p>
      </div>
    </form>
  );
}
