import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../shared/capture/story';
import type { Stakeholder } from '../../../shared/recommendations/schemas';
import type { Interest, InterestInput } from '../../../shared/interests/schemas';
import { CONFLICT_ACTIONS, INTEREST_KINDS, type ConflictAction, type InterestKind } from '../../../shared/interests/vocabulary';
import { hasContent } from '../../../shared/text/verbatim';
import { api, type ApiError, type ApiResult } from '../api/client';
import { checkForm } from '../recommendations/ui/form-problems';
import { ChoiceGroup, choiceId } from '../ui/ChoiceGroup';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';

type ConcernsType = 'service' | 'organisation' | 'other';
type Problem = 'kind' | 'concerns' | 'service' | 'organisation' | 'otherName' | 'description' | 'fromOn' | 'management' | 'endBeforeStart';

interface InterestFormProps {
  /** Prefix of the fields' ids. */
  id: string;
  interest?: Interest;
  save(input: InterestInput): Promise<ApiResult<unknown>>;
  onSaved(): void;
  onCancel?(): void;
}

/** The registers an interest can be about; an organisation register a person may not read is simply not offered. */
function useRegisters() {
  const [services, setServices] = useState<Service[]>([]);
  const [stakeholders, setStakeholders] = useState<Stakeholder[] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([api.listServices({ includeRetired: false }), api.listStakeholders({ includeRetired: false })]).then(([s, o]) => {
      if (!live) return;
      if (s.ok) setServices(s.value);
      setStakeholders(o.ok ? o.value : null);
    });
    return () => {
      live = false;
    };
  }, []);
  return { services, stakeholders };
}

/**
 * Declaring (or changing) an interest: its kind, what it concerns (a service or an
 * organisation from the registers, or another body by name), when it runs, the
 * person's words and how it is managed, and the work it rules out. Words go on as typed.
 */
export function InterestForm({ id, interest, save, onSaved, onCancel }: InterestFormProps) {
  const { t } = useTranslation('interests');
  const { services, stakeholders } = useRegisters();
  const [kind, setKind] = useState<InterestKind | null>(interest?.kind ?? null);
  const [type, setType] = useState<ConcernsType | null>(interest?.concerns.type ?? null);
  const [serviceId, setServiceId] = useState(interest?.concerns.type === 'service' ? interest.concerns.id : '');
  const [stakeholderId, setStakeholderId] = useState(interest?.concerns.type === 'organisation' ? interest.concerns.id : '');
  const [otherName, setOtherName] = useState(interest?.concerns.type === 'other' ? interest.concerns.name : '');
  const [description, setDescription] = useState(interest?.description ?? '');
  const [fromOn, setFromOn] = useState(interest?.fromOn ?? '');
  const [toOn, setToOn] = useState(interest?.toOn ?? '');
  const [management, setManagement] = useState(interest?.management ?? '');
  const [refuses, setRefuses] = useState<ConflictAction[]>(interest?.refuses ?? []);
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fine = checkForm<Problem>(
      {
        kind: kind === null,
        concerns: type === null,
        service: type === 'service' && serviceId === '',
        organisation: type === 'organisation' && stakeholderId === '',
        otherName: type === 'other' && !hasContent(otherName),
        description: !hasContent(description),
        fromOn: fromOn === '',
        endBeforeStart: fromOn !== '' && toOn !== '' && toOn < fromOn,
        management: !hasContent(management),
      },
      [
        ['kind', choiceId(`${id}-kind`, INTEREST_KINDS[0])],
        ['concerns', choiceId(`${id}-concerns`, 'service')],
        ['service', `${id}-service`],
        ['organisation', `${id}-organisation`],
        ['otherName', `${id}-other`],
        ['description', `${id}-description`],
        ['fromOn', `${id}-from`],
        ['endBeforeStart', `${id}-to`],
        ['management', `${id}-management`],
      ],
      setProblems,
    );
    if (!fine || kind === null || type === null) return;
    const concerns: InterestInput['concerns'] =
      type === 'service' ? { type, serviceId } : type === 'organisation' ? { type, stakeholderId } : { type, name: otherName };
    setBusy(true);
    const answer = await save({ kind, concerns, description, fromOn, toOn: toOn === '' ? null : toOn, management, refuses });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onSaved();
  };

  const problem = (name: Problem) => (problems.has(name) ? t(`form.problems.${name}`) : null);
  const concernChoices = [
    { value: 'service' as const, label: t('form.concernsService') },
    ...(stakeholders ? [{ value: 'organisation' as const, label: t('form.concernsOrganisation') }] : []),
    { value: 'other' as const, label: t('form.concernsOther') },
  ];

  return (
    <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)} data-testid={`${id}-form`}>
      <ChoiceGroup<InterestKind> id={`${id}-kind`} legend={t('form.kind')} choices={INTEREST_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} value={kind} onChange={setKind} error={problem('kind')} />
      <ChoiceGroup<ConcernsType> id={`${id}-concerns`} legend={t('form.concernsType')} choices={concernChoices} value={type} onChange={setType} error={problem('concerns')}>
        {type === 'service' ? (
          <SelectField
            id={`${id}-service`}
            label={t('form.service')}
            value={serviceId}
            onValueChange={setServiceId}
            options={[{ value: '', label: t('form.choose') }, ...services.map((s) => ({ value: s.id, label: s.name }))]}
            error={problem('service')}
          />
        ) : null}
        {type === 'organisation' && stakeholders ? (
          <SelectField
            id={`${id}-organisation`}
            label={t('form.organisation')}
            value={stakeholderId}
            onValueChange={setStakeholderId}
            options={[{ value: '', label: t('form.choose') }, ...stakeholders.map((s) => ({ value: s.id, label: s.name }))]}
            error={problem('organisation')}
          />
        ) : null}
        {type === 'other' ? <TextField id={`${id}-other`} label={t('form.otherName')} value={otherName} onValueChange={setOtherName} maxLength={200} error={problem('otherName')} /> : null}
      </ChoiceGroup>
      <TextAreaField id={`${id}-description`} label={t('form.description')} hint={t('form.descriptionHint')} value={description} onValueChange={setDescription} maxLength={2000} rows={3} error={problem('description')} />
      <div className="field-row">
        <TextField id={`${id}-from`} type="date" className="field-date" label={t('form.fromOn')} value={fromOn} onValueChange={setFromOn} error={problem('fromOn')} />
        <TextField id={`${id}-to`} type="date" className="field-date" label={t('form.toOn')} value={toOn} onValueChange={setToOn} error={problem('endBeforeStart')} />
      </div>
      <TextAreaField id={`${id}-management`} label={t('form.management')} hint={t('form.managementHint')} value={management} onValueChange={setManagement} maxLength={1000} rows={2} error={problem('management')} />
      <fieldset className="fieldset" aria-describedby={`${id}-refuses-hint`}>
        <legend className="choice-legend">{t('form.refuses')}</legend>
        <p className="field-hint" id={`${id}-refuses-hint`}>
          {t('form.refusesHint')}
        </p>
        {CONFLICT_ACTIONS.map((action) => (
          <div className="checkbox" key={action}>
            <input
              id={`${id}-refuses-${action}`}
              type="checkbox"
              checked={refuses.includes(action)}
              onChange={(event) => setRefuses((now) => (event.target.checked ? [...now, action] : now.filter((a) => a !== action)))}
            />
            <label htmlFor={`${id}-refuses-${action}`} className="checkbox-label">
              {t(`actions.${action}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {error ? <ErrorAlert error={error} id={`${id}-error`} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {interest ? t('form.update') : t('form.submit')}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
