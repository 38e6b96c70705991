import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/store/schemas';
import { TextField } from '../ui/TextField';
import { assessPassphrase, type NewPassphraseErrors } from './strength';

interface NewPassphraseFieldsProps {
  idPrefix: string;
  passphrase: string;
  confirm: string;
  onPassphraseChange(value: string): void;
  onConfirmChange(value: string): void;
  /** Problems found when the form was last submitted. */
  errors: NewPassphraseErrors;
  passphraseLabel?: string;
  passphraseRef?: Ref<HTMLInputElement>;
  confirmRef?: Ref<HTMLInputElement>;
}

const SEGMENTS = 4;

/** A new passphrase typed twice, with a live, spoken strength hint. */
export function NewPassphraseFields({
  idPrefix,
  passphrase,
  confirm,
  onPassphraseChange,
  onConfirmChange,
  errors,
  passphraseLabel,
  passphraseRef,
  confirmRef,
}: NewPassphraseFieldsProps) {
  const { t } = useTranslation('passphrase');
  const strength = assessPassphrase(passphrase);
  const strengthId = `${idPrefix}-strength`;
  const strengthText =
    strength.level === 'tooShort' ? t('strength.tooShort', { count: strength.missing }) : t(`strength.${strength.level}`);
  const filled = { empty: 0, tooShort: 0, weak: 1, fair: 2, good: 3, strong: 4 }[strength.level];
  return (
    <>
      <TextField
        id={`${idPrefix}-new`}
        ref={passphraseRef}
        type="password"
        autoComplete="new-password"
        label={passphraseLabel ?? t('newLabel')}
        hint={t('hint', { min: PASSPHRASE_MIN_LENGTH })}
        value={passphrase}
        onValueChange={onPassphraseChange}
        error={errors.passphrase ? t(`errors.${errors.passphrase}`, { min: PASSPHRASE_MIN_LENGTH }) : null}
        describedBy={strengthId}
        below={
          <div className="strength" data-level={strength.level}>
            <div className="strength-meter" aria-hidden="true">
              {Array.from({ length: SEGMENTS }, (_, i) => (
                <span key={i} className={i < filled ? 'strength-segment strength-segment-on' : 'strength-segment'} />
              ))}
            </div>
            <p className="strength-text" id={strengthId} aria-live="polite">
              {strengthText}
            </p>
          </div>
        }
      />
      <TextField
        id={`${idPrefix}-confirm`}
        ref={confirmRef}
        type="password"
        autoComplete="new-password"
        label={t('confirmLabel')}
        value={confirm}
        onValueChange={onConfirmChange}
        error={errors.confirm ? t(`errors.${errors.confirm}`) : null}
      />
    </>
  );
}
