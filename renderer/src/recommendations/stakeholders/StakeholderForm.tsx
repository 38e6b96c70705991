import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder, StakeholderContact } from '../../../../shared/recommendations/schemas';
import { STAKEHOLDER_KINDS, type StakeholderKind } from '../../../../shared/recommendations/vocabulary';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { checkForm } from '../ui/form-problems';

const MAX_CONTACTS = 20;
const blankContact = (): StakeholderContact => ({ name: '', role: '', email: '', phone: '' });

interface StakeholderFormProps {
  idPrefix: string;
  stakeholder?: Stakeholder;
  onSaved(stakeholder: Stakeholder): void;
  onCancel?(): void;
}

/** An organisation's name, kind and contacts (a contact row with no name is left out). */
export function StakeholderForm({ idPrefix, stakeholder, onSaved, onCancel }: StakeholderFormProps) {
  const { t } = useTranslation('recommendations');
  const [name, setName] = useState(stakeholder?.name ?? '');
  const [kind, setKind] = useState<StakeholderKind | ''>(stakeholder?.kind ?? '');
  const [contacts, setContacts] = useState<StakeholderContact[]>(stakeholder?.contacts.length ? stakeholder.contacts : [blankContact()]);
  const [problems, setProblems] = useState<ReadonlySet<'name' | 'kind'>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const setContact = (index: number, change: Partial<StakeholderContact>) => setContacts(contacts.map((c, i) => (i === index ? { ...c, ...change } : c)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const ok = checkForm(
      { name: !hasContent(name), kind: kind === '' },
      [
        ['name', `${idPrefix}-name`],
        ['kind', `${idPrefix}-kind`],
      ],
      setProblems,
    );
    if (!ok || kind === '') return;
    setBusy(true);
    const input = { name, kind, contacts: contacts.filter((c) => hasContent(c.name)) };
    const answer = stakeholder ? await api.updateStakeholder({ id: stakeholder.id, ...input }) : await api.createStakeholder(input);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    if (!stakeholder) {
      setName('');
      setKind('');
      setContacts([blankContact()]);
    }
    onSaved(answer.value);
  };

  return (
    <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
      {error ? <ErrorAlert error={error} id={`${idPrefix}-error`} /> : null}
      <TextField id={`${idPrefix}-name`} label={t('stakeholders.name')} value={name} onValueChange={setName} maxLength={200} autoComplete="off" error={problems.has('name') ? t('stakeholders.nameRequired') : null} />
      <SelectField
        id={`${idPrefix}-kind`}
        className="field-medium"
        label={t('stakeholders.kind')}
        value={kind}
        onValueChange={(value) => setKind(value as StakeholderKind | '')}
        options={[...(kind === '' ? [{ value: '', label: t('fields.choose') }] : []), ...STAKEHOLDER_KINDS.map((value) => ({ value, label: t(`stakeholderKinds.${value}`) }))]}
        error={problems.has('kind') ? t('stakeholders.kindRequired') : null}
      />
      <fieldset className="fieldset">
        <legend className="choice-legend">{t('stakeholders.contacts')}</legend>
        {contacts.map((contact, index) => (
          <div className="field-row contact-row" key={index}>
            <TextField id={`${idPrefix}-contact-${index}-name`} className="field-medium" label={t('stakeholders.contactName', { n: index + 1 })} value={contact.name} onValueChange={(v) => setContact(index, { name: v })} maxLength={100} autoComplete="off" />
            <TextField id={`${idPrefix}-contact-${index}-role`} className="field-medium" label={t('stakeholders.contactRole', { n: index + 1 })} value={contact.role} onValueChange={(v) => setContact(index, { role: v })} maxLength={100} autoComplete="off" />
            <TextField id={`${idPrefix}-contact-${index}-email`} type="email" className="field-medium" label={t('stakeholders.contactEmail', { n: index + 1 })} value={contact.email} onValueChange={(v) => setContact(index, { email: v })} maxLength={200} autoComplete="off" />
            <TextField id={`${idPrefix}-contact-${index}-phone`} type="tel" className="field-short" label={t('stakeholders.contactPhone', { n: index + 1 })} value={contact.phone} onValueChange={(v) => setContact(index, { phone: v })} maxLength={50} autoComplete="off" />
          </div>
        ))}
        {contacts.length < MAX_CONTACTS ? (
          <button type="button" className="button button-quiet button-small" onClick={() => setContacts([...contacts, blankContact()])}>
            {t('stakeholders.addContact')}
          </button>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {stakeholder ? t('stakeholders.save') : t('stakeholders.add')}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
