import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interest, RegisterEntry } from '../../../shared/interests/schemas';
import { api } from '../api/client';
import { DeclarationDetails } from './DeclarationDetails';
import { InterestForm } from './InterestForm';

/** One interest on a person's entry, with a way to change it (ending it is giving it a last day). */
export function InterestItem({ interest, onChanged }: { interest: Interest; onChanged(entry: RegisterEntry, message: string): void }) {
  const { t } = useTranslation('interests');
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  // Back on "Change" once the form has gone (an effect, so the button is there).
  useEffect(() => {
    if (!closed.current || editing) return;
    editRef.current?.focus();
    closed.current = false;
  }, [editing]);
  const close = () => {
    closed.current = true;
    setEditing(false);
  };
  return (
    <li className={interest.active ? 'declaration' : 'declaration declaration-ended'} data-testid="interest">
      <DeclarationDetails interest={interest} />
      {!interest.active ? <p className="badge badge-quiet">{t('declaration.ended')}</p> : null}
      {editing ? (
        <section aria-label={t('entry.editTitle')} className="declaration-edit">
          <InterestForm
            id={`interest-${interest.id}`}
            interest={interest}
            save={async (input) => {
              const answer = await api.updateInterest({ id: interest.id, interest: input });
              if (answer.ok) onChanged(answer.value, t('entry.saved'));
              return answer;
            }}
            onSaved={close}
            onCancel={close}
          />
        </section>
      ) : (
        <button type="button" className="button button-quiet button-small" ref={editRef} aria-label={t('entry.editFor', { name: interest.concerns.name })} onClick={() => setEditing(true)}>
          {t('entry.edit')}
        </button>
      )}
    </li>
  );
}
