import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterEntry } from '../../../shared/interests/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDay } from '../ui/format';
import { statusClass, statusText } from './declaration-status';
import { InterestForm } from './InterestForm';
import { InterestItem } from './InterestItem';

interface RegisterEntryViewProps {
  entry: RegisterEntry;
  onChanged(entry: RegisterEntry): void;
}

/** One person's entry on the register: their interests (each changeable), declaring a new one, and their declarations with when the next is due. */
export function RegisterEntryView({ entry, onChanged }: RegisterEntryViewProps) {
  const { t } = useTranslation('interests');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const changed = (next: RegisterEntry, text: string) => {
    onChanged(next);
    setMessage(text);
  };

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    const answer = await api.confirmDeclaration({ personId: entry.personId });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    changed(answer.value, t('entry.confirmed', { day: formatDay(answer.value.status.lastDeclaredOn ?? ''), due: formatDay(answer.value.status.dueOn ?? '') }));
  };

  return (
    <div className="settings-grid interests-entry">
      <p className="form-status" role="status">
        {message}
      </p>
      <section className="panel" aria-labelledby="entry-interests-title" data-testid="entry-interests">
        <h2 className="panel-title" id="entry-interests-title">
          {t('entry.interestsTitle')}
        </h2>
        {entry.interests.length === 0 ? (
          <p>{t('entry.noInterests')}</p>
        ) : (
          <ul className="declaration-list">
            {entry.interests.map((interest) => (
              <InterestItem key={interest.id} interest={interest} onChanged={changed} />
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="entry-declarations-title" data-testid="entry-declarations">
        <h2 className="panel-title" id="entry-declarations-title">
          {t('entry.declarationsTitle')}
        </h2>
        <p>
          <span className={statusClass(entry.status)} data-testid="declaration-status">
            {statusText(entry.status)}
          </span>
        </p>
        <p>{entry.interests.some((i) => i.active) ? t('entry.confirmSome') : t('entry.confirmNothing')}</p>
        {error ? <ErrorAlert error={error} id="entry-confirm-error" /> : null}
        <div className="form-actions">
          <button type="button" className="button button-secondary" aria-disabled={busy || undefined} onClick={() => void confirm()}>
            {t('entry.confirmSubmit')}
          </button>
        </div>
        {entry.declarations.length === 0 ? (
          <p className="muted">{t('entry.noDeclarations')}</p>
        ) : (
          <ul className="plain-list">
            {entry.declarations.map((declaration) => (
              <li key={declaration.id}>
                {t('entry.declaredOn', { day: formatDay(declaration.declaredOn) })}:{' '}
                {declaration.nothingToDeclare ? t('entry.nothingToDeclare') : t('entry.interestCount', { count: declaration.interests })}
                {declaration.recordedByName ? <span className="muted"> ({t('entry.recordedBy', { name: declaration.recordedByName })})</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="entry-declare-title">
        <h2 className="panel-title" id="entry-declare-title">
          {t('entry.declareTitle')}
        </h2>
        <InterestForm
          key={formKey}
          id="interest-new"
          save={async (input) => {
            const answer = await api.declareInterest({ personId: entry.personId, interest: input });
            if (answer.ok) changed(answer.value, t('entry.saved'));
            return answer;
          }}
          onSaved={() => setFormKey((n) => n + 1)}
        />
      </section>
    </div>
  );
}
