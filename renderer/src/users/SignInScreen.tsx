import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/users/schemas';
import { api, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { AuthLayout } from '../ui/AuthLayout';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { startCountdown, useSecondsLeft, type Countdown } from '../ui/countdown';
import { ErrorAlert } from '../ui/ErrorAlert';
import { ScreenHeading } from '../ui/ScreenHeading';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/useDocumentTitle';

type People = { state: 'loading' } | { state: 'loaded'; people: User[] } | { state: 'failed'; error: ApiError };

/** "Who is using Verbatim?": on a shared laptop each person signs in with their own PIN. */
export function SignInScreen() {
  const { t } = useTranslation('people');
  useDocumentTitle(t('signIn.pageTitle'));
  const signedIn = useSession((state) => state.signedIn);
  const lock = useSession((state) => state.lock);
  const [people, setPeople] = useState<People>({ state: 'loading' });
  const [chosen, setChosen] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [problems, setProblems] = useState({ person: false, pin: false });
  const [error, setError] = useState<ApiError | null>(null);
  const [countdown, setCountdown] = useState<Countdown | null>(null);
  const [busy, setBusy] = useState(false);
  const secondsLeft = useSecondsLeft(countdown);
  const firstRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const waiting = secondsLeft > 0;

  useEffect(() => {
    let live = true;
    void api.listUsers({}).then((answer) => {
      if (!live) return;
      setPeople(answer.ok ? { state: 'loaded', people: answer.value.filter((person) => !person.retired) } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, []);

  const choose = (id: string) => {
    setChosen(id);
    // Each person has their own count of wrong PINs: a new choice starts clean.
    setError(null);
    setCountdown(null);
    setPin('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || waiting) return;
    const next = { person: chosen === null, pin: pin.length === 0 };
    setProblems(next);
    if (next.person || chosen === null) return firstRef.current?.focus();
    if (next.pin) return pinRef.current?.focus();
    setBusy(true);
    const answer = await api.signIn({ userId: chosen, pin });
    setBusy(false);
    if (answer.ok) {
      setPin('');
      signedIn(answer.value);
      return;
    }
    setError(answer.error);
    setCountdown(answer.error.retryAfterMs !== undefined ? startCountdown(answer.error.retryAfterMs) : null);
    setPin('');
    pinRef.current?.focus();
  };

  const list = people.state === 'loaded' ? people.people : [];
  return (
    <AuthLayout>
      <ScreenHeading>{t('signIn.title')}</ScreenHeading>
      <p className="lead">{t('signIn.intro')}</p>
      {people.state === 'loading' ? (
        <p className="muted" role="status">
          {t('signIn.loading')}
        </p>
      ) : null}
      {people.state === 'failed' ? <ErrorAlert error={people.error} id="sign-in-list-error" /> : null}
      {error ? <ErrorAlert error={error} id="sign-in-error" secondsLeft={countdown ? secondsLeft : undefined} /> : null}
      {people.state === 'loaded' ? (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <ChoiceGroup
            id="sign-in-person"
            legend={t('signIn.legend')}
            className="people-choices"
            choices={list.map((person) => ({ value: person.id, label: person.name, hint: t(`roles.${person.role}`) }))}
            value={chosen}
            onChange={choose}
            firstRef={firstRef}
            error={problems.person && chosen === null ? t('signIn.choose') : null}
          />
          <TextField
            id="sign-in-pin"
            ref={pinRef}
            className="field-short"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            label={t('signIn.pinLabel')}
            value={pin}
            onValueChange={setPin}
            error={problems.pin && pin.length === 0 ? t('signIn.pinRequired') : null}
            describedBy={error ? 'sign-in-error' : undefined}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || waiting || undefined}>
              {busy ? t('signIn.working') : t('signIn.submit')}
            </button>
          </div>
        </form>
      ) : null}
      <div className="auth-links">
        <button type="button" className="button-link" onClick={() => void lock('user')}>
          {t('signIn.lock')}
        </button>
      </div>
    </AuthLayout>
  );
}
