import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/users/schemas';
import { api, type ApiError } from '../api/client';
import { useCurrentUser } from '../app/session';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AddPersonForm } from './AddPersonForm';
import { PersonRow } from './PersonRow';
import { useDeclarationStatuses } from '../interests/use-declaration-statuses';

type People = { state: 'loading' } | { state: 'loaded'; people: User[] } | { state: 'failed'; error: ApiError };

/** Administrators: who can use Verbatim on this laptop, with what role. */
export function PeopleSettings() {
  const { t } = useTranslation(['people', 'interests']);
  const me = useCurrentUser();
  const [people, setPeople] = useState<People>({ state: 'loading' });
  const [message, setMessage] = useState('');
  const declarations = useDeclarationStatuses();

  const reload = async () => {
    const answer = await api.listUsers({});
    setPeople(answer.ok ? { state: 'loaded', people: answer.value } : { state: 'failed', error: answer.error });
  };

  useEffect(() => {
    let live = true;
    void api.listUsers({}).then((answer) => {
      if (live) setPeople(answer.ok ? { state: 'loaded', people: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, []);

  const changed = (text: string) => {
    // The list shows the change before the message says it is done.
    void reload().then(() => setMessage(text));
  };

  return (
    <div className="settings-grid">
      <section className="panel" aria-labelledby="settings-people-title">
        <h2 className="panel-title" id="settings-people-title">
          {t('settings.title')}
        </h2>
        <p className="panel-intro">{t('settings.intro')}</p>
        <p className="form-status" role="status">
          {message}
        </p>
        {people.state === 'failed' ? <ErrorAlert error={people.error} id="people-error" /> : null}
        {people.state === 'loaded' ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('settings.listLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('settings.name')}</th>
                  <th scope="col">{t('settings.role')}</th>
                  <th scope="col">{t('settings.state')}</th>
                  <th scope="col">{t('interests:people.declaration')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('settings.changeRole')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.people.map((person) => (
                  <PersonRow key={person.id} person={person} isMe={person.id === me?.id} declaration={declarations.get(person.id) ?? null} onChanged={(_user, text) => changed(text)} />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="settings-person-add-title">
        <h2 className="panel-title" id="settings-person-add-title">
          {t('settings.addTitle')}
        </h2>
        <AddPersonForm onAdded={(user) => changed(t('settings.added', { name: user.name, role: t(`roles.${user.role}`) }))} />
      </section>
    </div>
  );
}
