import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncProfile, SyncStatus, SyncWordsResult } from '../../../shared/sync/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';

const PROFILES: SyncProfile[] = ['office', 'field', 'volunteer'];

function Words({ result }: { result: SyncWordsResult }) {
  const { t } = useTranslation('sync');
  return (
    <div className="notice" role="status" data-testid="sync-words">
      <p>{t('key.shownOnce')}</p>
      <code className="path fingerprint">{result.words}</code>
    </div>
  );
}

/** Enrolling this laptop with sync key words (or making the organisation's key), and words for other laptops. */
export function SyncKeyPanel({ status, onEnrolled, onChanged }: { status: SyncStatus; onEnrolled(status: SyncStatus): void; onChanged(): void }) {
  const { t } = useTranslation('sync');
  const [words, setWords] = useState('');
  const [shown, setShown] = useState<SyncWordsResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [profile, setProfile] = useState<SyncProfile>('field');
  const [label, setLabel] = useState('');

  const enrol = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const answer = await api.enrolSync({ words });
    if (!answer.ok) return setError(answer.error);
    setWords('');
    onEnrolled(answer.value);
  };
  const create = async () => {
    setError(null);
    const answer = await api.createSyncKey({});
    if (!answer.ok) return setError(answer.error);
    setShown(answer.value);
    onChanged();
  };
  const issue = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const answer = await api.issueSyncWords({ profile, label });
    if (!answer.ok) return setError(answer.error);
    setShown(answer.value);
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="sync-key-title" data-testid="sync-key">
      <h2 className="panel-title" id="sync-key-title">
        {t('key.title')}
      </h2>
      <p className="panel-intro">{t('key.intro')}</p>
      {error ? <ErrorAlert error={error} id="sync-key-error" /> : null}
      {shown ? <Words result={shown} /> : null}
      {status.profile === null ? (
        <>
          <form className="form" noValidate onSubmit={(event) => void enrol(event)} aria-label={t('key.enrol')}>
            <TextField id="sync-words" label={t('key.words')} hint={t('key.wordsHint')} value={words} onValueChange={setWords} autoComplete="off" />
            <div className="form-actions">
              <button type="submit" className="button button-primary">
                {t('key.enrol')}
              </button>
            </div>
          </form>
          <div className="form-actions">
            <button type="button" className="button button-secondary" onClick={() => void create()}>
              {t('key.create')}
            </button>
          </div>
        </>
      ) : (
        <p>{t('key.enrolled')}</p>
      )}
      {status.profile === 'office' ? (
        <form className="form" noValidate onSubmit={(event) => void issue(event)} aria-labelledby="sync-issue-title">
          <h3 id="sync-issue-title">{t('key.issueTitle')}</h3>
          <fieldset className="fieldset choice-group">
            <legend className="choice-legend">{t('key.issueProfile')}</legend>
            {PROFILES.map((option) => (
              <div className="radio" key={option}>
                <input id={`sync-issue-${option}`} type="radio" name="sync-issue-profile" checked={profile === option} onChange={() => setProfile(option)} />
                <label htmlFor={`sync-issue-${option}`}>{t(`key.profiles.${option}`)}</label>
              </div>
            ))}
          </fieldset>
          <TextField id="sync-issue-label" label={t('key.issueLabel')} value={label} onValueChange={setLabel} autoComplete="off" />
          <div className="form-actions">
            <button type="submit" className="button button-secondary">
              {t('key.issue')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
