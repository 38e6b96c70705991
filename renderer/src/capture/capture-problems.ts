/** Where each capture problem is shown and said: the field to go to, and the words. */
import type { TFunction } from 'i18next';
import { MAX_STORY_LENGTH } from '../../../shared/capture/vocabulary';
import { choiceId } from '../ui/ChoiceGroup';
import { formatNumber } from '../ui/format';
import type { FieldProblem } from '../ui/ErrorSummary';
import type { CaptureField, CaptureProblem } from './validate-story';

export const FIELD_IDS: Record<CaptureField, string> = {
  text: 'capture-words',
  wordsKind: choiceId('capture-words-kind', 'own-words'),
  language: 'capture-language',
  translation: 'capture-translation',
  channel: 'capture-channel',
  heardOn: 'capture-heard-on',
  'consent.keep': choiceId('capture-consent-keep', 'yes'),
  'consent.share': choiceId('capture-consent-share', 'yes'),
  'consent.quote': choiceId('capture-consent-quote', 'yes'),
  'consent.contact': choiceId('capture-consent-contact', 'yes'),
  contact: 'capture-contact-name',
  postcode: 'capture-postcode',
};

export function problemMessage(t: TFunction<'capture'>, problem: CaptureProblem): string {
  const max = formatNumber(MAX_STORY_LENGTH);
  switch (problem.field) {
    case 'text':
      return t(`problems.text.${problem.problem}`, { max });
    case 'translation':
      return t(`problems.translation.${problem.problem}`, { max });
    case 'wordsKind':
      return t('problems.wordsKind.required');
    case 'language':
      return t('problems.language.required');
    case 'channel':
      return t('problems.channel.required');
    case 'heardOn':
      return t(`problems.heardOn.${problem.problem}`);
    case 'consent.keep':
      return t(`problems.consent.keep.${problem.problem}`);
    case 'consent.share':
      return t('problems.consent.share.required');
    case 'consent.quote':
      return t('problems.consent.quote.required');
    case 'consent.contact':
      return t('problems.consent.contact.required');
    case 'contact':
      return t('problems.contact.required');
    case 'postcode':
      return t('problems.postcode.invalid');
  }
}

export const toFieldProblems = (t: TFunction<'capture'>, problems: readonly CaptureProblem[]): FieldProblem[] =>
  problems.map((problem) => ({ fieldId: FIELD_IDS[problem.field], message: problemMessage(t, problem) }));

/** The message for one field, if it has a problem. */
export function messageFor(t: TFunction<'capture'>, problems: readonly CaptureProblem[], field: CaptureField): string | null {
  const found = problems.find((problem) => problem.field === field);
  return found ? problemMessage(t, found) : null;
}
