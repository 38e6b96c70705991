import { useTranslation } from 'react-i18next';
import { CHANNELS, type Channel } from '../../../shared/capture/vocabulary';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { localToday } from '../ui/format';
import { SelectField } from '../ui/SelectField';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';
import { messageFor } from './capture-problems';
import { LANGUAGE_SUGGESTIONS } from './languages';
import type { SectionProps } from './section-props';

/** Language, interpreter, translation, channel and date: how the story reached us. */
export function HeardSection({ values, update, problems }: SectionProps) {
  const { t } = useTranslation(['capture', 'vocabulary']);
  const channelOptions = [
    ...(values.channel === null ? [{ value: '', label: t('form.channelChoose') }] : []),
    ...CHANNELS.map((channel) => ({ value: channel, label: t(`vocabulary:channels.${channel}`) })),
  ];
  return (
    <section className="capture-section" aria-labelledby="capture-heard-title">
      <h2 className="capture-section-title" id="capture-heard-title">
        {t('form.heardTitle')}
      </h2>
      <div className="field-row">
        <TextField
          id="capture-language"
          className="field-medium"
          label={t('form.language')}
          hint={t('form.languageHint')}
          value={values.language}
          onValueChange={(language) => update((current) => ({ ...current, language }))}
          list="capture-language-suggestions"
          autoComplete="off"
          maxLength={100}
          dir="auto"
          announceError={false}
          error={messageFor(t, problems, 'language')}
        />
        <datalist id="capture-language-suggestions">
          {LANGUAGE_SUGGESTIONS.map((language) => (
            <option key={language} value={t(`vocabulary:languages.${language}`)} />
          ))}
        </datalist>
        <ChoiceGroup
          id="capture-interpreter"
          legend={t('form.interpreter')}
          inline
          choices={[
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]}
          value={values.interpreter ? 'yes' : 'no'}
          onChange={(choice) => update((current) => ({ ...current, interpreter: choice === 'yes' }))}
        />
      </div>
      <TextAreaField
        id="capture-translation"
        label={t('form.translation')}
        hint={t('form.translationHint')}
        value={values.translation}
        onValueChange={(translation) => update((current) => ({ ...current, translation }))}
        rows={4}
        error={messageFor(t, problems, 'translation')}
      />
      <div className="field-row">
        <SelectField
          id="capture-channel"
          className="field-medium"
          label={t('form.channel')}
          value={values.channel ?? ''}
          options={channelOptions}
          onValueChange={(channel) => update((current) => ({ ...current, channel: channel === '' ? null : (channel as Channel) }))}
          error={messageFor(t, problems, 'channel')}
        />
        <TextField
          id="capture-heard-on"
          className="field-date"
          type="date"
          label={t('form.heardOn')}
          value={values.heardOn}
          max={localToday()}
          onValueChange={(heardOn) => update((current) => ({ ...current, heardOn }))}
          announceError={false}
          error={messageFor(t, problems, 'heardOn')}
        />
      </div>
    </section>
  );
}
