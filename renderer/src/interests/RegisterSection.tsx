import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry, RegisterSummary } from '../../../shared/interests/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AddToRegisterForm } from './AddToRegisterForm';
import { statusClass, statusText } from './declaration-status';
import { useOwingCount } from './owing-count';
import { RefusalsPanel } from './RefusalsPanel';
import { RegisterEntryView } from './RegisterEntryView';

/**
 * Administrators (Settings → Register of interests): refusals waiting for them,
 * everyone on the register with when their declaration is due (those owing first),
 * one person's entry, and adding someone without an account.
 */
export function RegisterSection() {
  const { t } = useTranslation('interests');
  const [people, setPeople] = useState<RegisterSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState<RegisterEntry | null>(null);
  const [message, setMessage] = useState('');
  const returnTo = useRef<string | null>(null);
  /** Where the focus goes once the screen shows what was asked for (an effect, so it waits for the render). */
  const focusTarget = useRef<string | null>(null);
  const setFocusTarget = (id: string) => {
    focusTarget.current = id;
  };
  // After every render: the element asked for may only now be there.
  useEffect(() => {
    if (focusTarget.current === null) return;
    const target = document.getElementById(focusTarget.current);
    if (!target) return;
    target.focus();
    focusTarget.current = null;
  });

  const load = async () => {
    const answer = await api.listRegister({});
    if (answer.ok) setPeople(answer.value);
    else setError(answer.error);
  };
  useEffect(() => {
    let live = true;
    void api.listRegister({}).then((answer) => {
      if (!live) return;
      if (answer.ok) setPeople(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, []);

  const openPerson = async (personId: string) => {
    const answer = await api.getRegisterEntry({ personId });
    if (!answer.ok) return setError(answer.error);
    returnTo.current = personId;
    setOpen(answer.value);
    setFocusTarget('register-entry-title');
  };

  const back = () => {
    setOpen(null);
    void load().then(() => {
      void useOwingCount.getState().refresh();
      setFocusTarget(`register-open-${returnTo.current ?? ''}`);
    });
  };

  if (open) {
    return (
      <>
        <div className="entry-header">
          <button type="button" className="button button-quiet" onClick={back}>
            {t('register.back')}
          </button>
          <h2 className="entry-title" id="register-entry-title" tabIndex={-1} dir="auto">
            {open.name} <span className="muted">({t(`capacities.${open.capacity}`)})</span>
          </h2>
        </div>
        <RegisterEntryView entry={open} onChanged={setOpen} />
      </>
    );
  }

  return (
    <div className="settings-grid">
      <RefusalsPanel />
      <section className="panel" aria-labelledby="register-title" data-testid="register">
        <h2 className="panel-title" id="register-title">
          {t('register.title')}
        </h2>
        <p className="panel-intro">{t('register.intro')}</p>
        <p className="form-status" role="status">
          {message}
        </p>
        {error ? <ErrorAlert error={error} id="register-error" /> : null}
        {people && people.length === 0 ? <p>{t('register.none')}</p> : null}
        {people && people.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('register.listLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('register.name')}</th>
                  <th scope="col">{t('register.capacity')}</th>
                  <th scope="col">{t('register.declaration')}</th>
                  <th scope="col">{t('register.interests')}</th>
                </tr>
              </thead>
              <tbody>
                {people.map((person) => (
                  <tr key={person.personId} data-testid="register-person">
                    <th scope="row" dir="auto">
                      <button
                        type="button"
                        className="link-button"
                        id={`register-open-${person.personId}`}
                        aria-label={t('register.open', { name: person.name })}
                        onClick={() => void openPerson(person.personId)}
                      >
                        {person.name}
                      </button>
                    </th>
                    <td>{t(`capacities.${person.capacity}`)}</td>
                    <td>
                      <span className={statusClass(person.status)}>{statusText(person.status)}</span>
                    </td>
                    <td>{person.currentInterests}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="register-add-title">
        <h2 className="panel-title" id="register-add-title">
          {t('register.addTitle')}
        </h2>
        <AddToRegisterForm
          onAdded={(entry) => {
            void load().then(() => {
              setMessage(t('register.added', { name: entry.name }));
              void useOwingCount.getState().refresh();
            });
          }}
        />
      </section>
    </div>
  );
}
