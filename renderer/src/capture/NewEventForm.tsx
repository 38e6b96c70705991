import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../shared/capture/story';
import { hasContent } from '../../../shared/text/verbatim';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { localToday } from '../ui/format';
import { TextField } from '../ui/TextField';

type Problem = 'name' | 'date' | 'dateInvalid' | 'place';

/** A new event: name, date, place and, if there is one, the partner organisation. */
export function NewEventForm({ onCreated }: { onCreated(event: Event): void }) {
  const { t } = useTranslation('capture');
  const [name, setName] = useState('');
  const [heldOn, setHeldOn] = useState(localToday);
  const [place, setPlace] = useState('');
  const [partner, setPartner] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const placeRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found: Problem[] = [];
    if (!hasContent(name)) found.push('name');
    if (heldOn === '') found.push('date');
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(heldOn)) found.push('dateInvalid');
    if (!hasContent(place)) found.push('place');
    setProblems(found);
    setError(null);
    const first = found[0];
    if (first) return { name: nameRef, date: dateRef, dateInvalid: dateRef, place: placeRef }[first].current?.focus();
    setBusy(true);
    const answer = await api.createEvent({ name, heldOn, place, partner: hasContent(partner) ? partner : null });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    onCreated(answer.value);
  };

  const has = (problem: Problem) => problems.includes(problem);
  return (
    <form className="panel form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="new-event-title">
      <h2 className="panel-title" id="new-event-title">
        {t('newEvent.title')}
      </h2>
      <p className="panel-intro">{t('newEvent.intro')}</p>
      {error ? <ErrorAlert error={error} id="new-event-error" /> : null}
      <TextField
        id="new-event-name"
        ref={nameRef}
        label={t('newEvent.name')}
        hint={t('newEvent.nameHint')}
        value={name}
        onValueChange={setName}
        autoComplete="off"
        maxLength={100}
        dir="auto"
        error={has('name') ? t('newEvent.nameRequired') : null}
      />
      <TextField
        id="new-event-date"
        ref={dateRef}
        className="field-date"
        type="date"
        label={t('newEvent.date')}
        value={heldOn}
        onValueChange={setHeldOn}
        error={has('date') ? t('newEvent.dateRequired') : has('dateInvalid') ? t('newEvent.dateInvalid') : null}
      />
      <TextField
        id="new-event-place"
        ref={placeRef}
        label={t('newEvent.place')}
        hint={t('newEvent.placeHint')}
        value={place}
        onValueChange={setPlace}
        autoComplete="off"
        maxLength={200}
        dir="auto"
        error={has('place') ? t('newEvent.placeRequired') : null}
      />
      <TextField
        id="new-event-partner"
        label={t('newEvent.partner')}
        hint={t('newEvent.partnerHint')}
        value={partner}
        onValueChange={setPartner}
        autoComplete="off"
        maxLength={200}
        dir="auto"
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {busy ? t('newEvent.working') : t('newEvent.submit')}
        </button>
      </div>
    </form>
  );
}
