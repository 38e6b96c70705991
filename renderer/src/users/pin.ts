/** PIN rules as people meet them: 4 to 12 digits, typed twice when new. Never trimmed. */
export const PIN_PATTERN = /^[0-9]{4,12}$/;

export type PinProblem = 'required' | 'format';
export type PinConfirmProblem = 'confirmRequired' | 'mismatch';

export interface NewPinErrors {
  pin?: PinProblem;
  confirm?: PinConfirmProblem;
}

export function validateNewPin(pin: string, confirm: string): NewPinErrors {
  const errors: NewPinErrors = {};
  if (pin.length === 0) errors.pin = 'required';
  else if (!PIN_PATTERN.test(pin)) errors.pin = 'format';
  if (confirm.length === 0) errors.confirm = 'confirmRequired';
  else if (confirm !== pin) errors.confirm = 'mismatch';
  return errors;
}

export const hasPinErrors = (errors: NewPinErrors): boolean => errors.pin !== undefined || errors.confirm !== undefined;
