import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_STORY_LENGTH, WORDS_KINDS } from '../../../shared/capture/vocabulary';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { formatNumber } from '../ui/format';
import { TextAreaField } from '../ui/TextAreaField';
import { messageFor } from './capture-problems';
import type { SectionProps } from './section-props';

interface WordsSectionProps extends SectionProps {
  wordsRef: Ref<HTMLTextAreaElement>;
  /** While a save is on its way, the words are held still so that what is saved is what is shown. */
  saving: boolean;
}

/** The words, exactly as said, and whether they are the person's own or a summary. */
export function WordsSection({ values, update, problems, wordsRef, saving }: WordsSectionProps) {
  const { t } = useTranslation('capture');
  const length = values.text.length;
  const over = length > MAX_STORY_LENGTH;
  return (
    <section className="capture-section" aria-labelledby="capture-words-title">
      <h2 className="capture-section-title" id="capture-words-title">
        {t('form.wordsTitle')}
      </h2>
      <TextAreaField
        id="capture-words"
        ref={wordsRef}
        className="field-words"
        label={t('form.words')}
        hint={t('form.wordsHint')}
        value={values.text}
        // Exactly what the browser holds: never trimmed or normalised.
        onValueChange={(text) => update((current) => ({ ...current, text }))}
        rows={10}
        readOnly={saving}
        aria-keyshortcuts="Control+Enter Control+S"
        error={messageFor(t, problems, 'text')}
        describedBy="capture-words-count"
        below={
          <p className={over ? 'char-count char-count-over' : 'char-count'} id="capture-words-count">
            {t('form.count', { count: length, max: formatNumber(MAX_STORY_LENGTH) })}
          </p>
        }
      />
      <ChoiceGroup
        id="capture-words-kind"
        legend={t('form.wordsKind')}
        inline
        choices={WORDS_KINDS.map((kind) => ({ value: kind, label: t(`form.wordsKinds.${kind}`) }))}
        value={values.wordsKind}
        onChange={(wordsKind) => update((current) => ({ ...current, wordsKind }))}
        error={messageFor(t, problems, 'wordsKind')}
      />
    </section>
  );
}
