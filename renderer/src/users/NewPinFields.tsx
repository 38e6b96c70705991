import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/TextField';
import type { NewPinErrors } from './pin';

interface NewPinFieldsProps {
  idPrefix: string;
  pin: string;
  confirm: string;
  onPinChange(value: string): void;
  onConfirmChange(value: string): void;
  errors: NewPinErrors;
  pinLabel?: string;
  pinRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
}

/** A new PIN, typed twice. Digits only, hidden as they are typed. */
export function NewPinFields({ idPrefix, pin, confirm, onPinChange, onConfirmChange, errors, pinLabel, pinRef, confirmRef }: NewPinFieldsProps) {
  const { t } = useTranslation('people');
  return (
    <>
      <TextField
        id={`${idPrefix}-pin`}
        ref={pinRef}
        className="field-short"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        label={pinLabel ?? t('pin.newLabel')}
        hint={t('pin.hint')}
        value={pin}
        onValueChange={onPinChange}
        error={errors.pin ? t(`pin.errors.${errors.pin}`) : null}
      />
      <TextField
        id={`${idPrefix}-pin-confirm`}
        ref={confirmRef}
        className="field-short"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        label={t('pin.confirmLabel')}
        value={confirm}
        onValueChange={onConfirmChange}
        error={errors.confirm ? t(`pin.errors.${errors.confirm}`) : null}
      />
    </>
  );
}
