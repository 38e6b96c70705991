import { useRef, useState, type FormEvent } from 'react';
import type { ErrorCode } from '../../../shared/result';
import type { ApiError, ApiResult } from '../api/client';

interface ChangeSecretOptions<E extends { confirm?: string }> {
  /** Problems with the new secret and its repeat, by field. */
  validate(next: string, confirm: string): E;
  /** Whether the problems include one with the new secret itself (not only its repeat). */
  newSecretInvalid(errors: E): boolean;
  save(current: string, next: string): Promise<ApiResult<unknown>>;
  /** The code that means the current secret was wrong, so focus goes back to it. */
  wrongCurrent: ErrorCode;
}

/**
 * The state behind a "current, new, repeat new" form (a PIN, the passphrase):
 * checks in field order and focuses the first problem, saves, and clears the
 * fields once saved.
 */
export function useChangeSecret<E extends { confirm?: string }>({ validate, newSecretInvalid, save, wrongCurrent }: ChangeSecretOptions<E>) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [currentMissing, setCurrentMissing] = useState(false);
  const [errors, setErrors] = useState<Partial<E>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setError(null);
    const missing = current.length === 0;
    const problems = validate(next, confirm);
    setCurrentMissing(missing);
    setErrors(problems);
    if (missing) return currentRef.current?.focus();
    if (newSecretInvalid(problems)) return nextRef.current?.focus();
    if (problems.confirm) return confirmRef.current?.focus();
    setBusy(true);
    const answer = await save(current, next);
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      if (answer.error.code === wrongCurrent) currentRef.current?.focus();
      return;
    }
    setCurrent('');
    setNext('');
    setConfirm('');
    setSaved(true);
  };

  return { current, setCurrent, next, setNext, confirm, setConfirm, currentMissing, errors, error, saved, busy, currentRef, nextRef, confirmRef, submit };
}
