import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { TextField } from '../ui/TextField';
import { messageFor } from './capture-problems';
import { CONSENT_QUESTIONS, type CaptureValues, type ConsentQuestion } from './capture-values';
import type { SectionProps } from './section-props';

type YesNo = 'yes' | 'no';
const toChoice = (answer: boolean | null): YesNo | null => (answer === null ? null : answer ? 'yes' : 'no');

function answered(values: CaptureValues, question: ConsentQuestion, choice: YesNo): CaptureValues {
  const yes = choice === 'yes';
  const consent = { ...values.consent, [question]: yes };
  // No agreement to be contacted: the contact details are not kept, not even in the draft.
  const contact = question === 'contact' && !yes ? { name: '', phone: '', email: '' } : values.contact;
  return { ...values, consent, contact };
}

/** Four separate questions, in plain English, none answered in advance; contact details only after a yes. */
export function ConsentSection({ values, update, problems }: SectionProps) {
  const { t } = useTranslation('capture');
  const yesNo = [
    { value: 'yes' as const, label: t('yes') },
    { value: 'no' as const, label: t('no') },
  ];
  return (
    <section className="capture-section" aria-labelledby="capture-consent-title">
      <h2 className="capture-section-title" id="capture-consent-title">
        {t('form.consentTitle')}
      </h2>
      <p className="section-intro">{t('form.consentIntro')}</p>
      {CONSENT_QUESTIONS.map((question) => (
        <Fragment key={question}>
          <ChoiceGroup
            id={`capture-consent-${question}`}
            className="consent-question"
            legend={t(`consent.${question}`)}
            hint={question === 'keep' ? t('consent.keepHint') : undefined}
            inline
            choices={yesNo}
            value={toChoice(values.consent[question])}
            onChange={(choice) => update((current) => answered(current, question, choice))}
            error={messageFor(t, problems, `consent.${question}`)}
          />
          {question === 'contact' && values.consent.contact === true ? <ContactFields values={values} update={update} problems={problems} /> : null}
        </Fragment>
      ))}
    </section>
  );
}

/** Name, phone and email: kept apart from the story, and only with agreement to be contacted. */
function ContactFields({ values, update, problems }: SectionProps) {
  const { t } = useTranslation('capture');
  const setContact = (field: keyof CaptureValues['contact'], value: string) =>
    update((current) => ({ ...current, contact: { ...current.contact, [field]: value } }));
  const problem = messageFor(t, problems, 'contact');
  return (
    <fieldset className="fieldset contact-fields" aria-describedby="capture-contact-intro">
      <legend className="choice-legend">{t('consent.contactTitle')}</legend>
      <p className="field-hint" id="capture-contact-intro">
        {t('consent.contactIntro')}
      </p>
      {problem ? <p className="field-error">{problem}</p> : null}
      <TextField
        id="capture-contact-name"
        label={t('consent.contactName')}
        value={values.contact.name}
        onValueChange={(value) => setContact('name', value)}
        autoComplete="off"
        maxLength={200}
        dir="auto"
      />
      <TextField
        id="capture-contact-phone"
        className="field-medium"
        type="tel"
        label={t('consent.contactPhone')}
        value={values.contact.phone}
        onValueChange={(value) => setContact('phone', value)}
        autoComplete="off"
        maxLength={50}
      />
      <TextField
        id="capture-contact-email"
        type="email"
        label={t('consent.contactEmail')}
        value={values.contact.email}
        onValueChange={(value) => setContact('email', value)}
        autoComplete="off"
        maxLength={200}
      />
    </fieldset>
  );
}
