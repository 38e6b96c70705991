import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GivenWork, RegisterEntry } from '../../../shared/interests/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDateTime } from '../ui/format';
import { RegisterEntryView } from './RegisterEntryView';

/** Everyone signed in: their own entry on the register, and work an administrator gave them because of someone else's declaration. */
export function MyDeclarations() {
  const { t } = useTranslation('interests');
  const [entry, setEntry] = useState<RegisterEntry | null>(null);
  const [given, setGiven] = useState<GivenWork[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([api.getMyRegister({}), api.listGivenToMe({})]).then(([mine, work]) => {
      if (!live) return;
      if (mine.ok) setEntry(mine.value);
      else setError(mine.error);
      if (work.ok) setGiven(work.value);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="settings-grid">
      <section className="panel" aria-labelledby="my-declarations-title">
        <h2 className="panel-title" id="my-declarations-title">
          {t('mine.title')}
        </h2>
        <p className="panel-intro">{t('mine.intro')}</p>
        {error ? <ErrorAlert error={error} id="my-declarations-error" /> : null}
        {given.length > 0 ? (
          <div className="notice notice-info" data-testid="given-to-me">
            <h3>{t('mine.givenTitle')}</h3>
            <p>{t('mine.givenIntro')}</p>
            <ul>
              {given.map((work) => (
                <li key={work.id}>
                  {t('mine.givenItem', { work: t(`workDone.${work.action}`), label: work.label, from: work.fromName })}{' '}
                  <span className="muted">({formatDateTime(work.at)})</span>
                  {work.reason ? <p dir="auto">{t('mine.givenReason', { reason: work.reason })}</p> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
      {entry ? <RegisterEntryView entry={entry} onChanged={setEntry} /> : null}
    </div>
  );
}
