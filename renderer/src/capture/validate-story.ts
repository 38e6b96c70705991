/**
 * What stops a story being saved, checked before it is sent so that the person
 * at the keyboard hears at once, in plain words, what is missing. The services
 * check all of this again.
 */
import { PREFER_NOT_TO_SAY } from '../../../shared/capture/equality';
import { toPostcodeDistrict } from '../../../shared/capture/postcode';
import { MAX_STORY_LENGTH } from '../../../shared/capture/vocabulary';
import { hasContent, isWellFormed } from '../../../shared/text/verbatim';
import { CONSENT_QUESTIONS, type CaptureValues, type ConsentQuestion } from './capture-values';

export type CaptureProblem =
  | { field: 'text'; problem: 'empty' | 'tooLong' | 'broken' }
  | { field: 'wordsKind'; problem: 'required' }
  | { field: 'language'; problem: 'required' }
  | { field: 'translation'; problem: 'tooLong' | 'broken' }
  | { field: 'channel'; problem: 'required' }
  | { field: 'heardOn'; problem: 'required' | 'invalid' | 'future' }
  | { field: `consent.${ConsentQuestion}`; problem: 'required' }
  | { field: 'consent.keep'; problem: 'refused' }
  | { field: 'contact'; problem: 'required' }
  | { field: 'postcode'; problem: 'invalid' };

export type CaptureField = CaptureProblem['field'];

const isRealDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** Problems in the order the fields appear on the form; empty when it can be saved. */
export function validateStory(values: CaptureValues, today: string): CaptureProblem[] {
  const problems: CaptureProblem[] = [];
  if (!hasContent(values.text)) problems.push({ field: 'text', problem: 'empty' });
  else if (values.text.length > MAX_STORY_LENGTH) problems.push({ field: 'text', problem: 'tooLong' });
  else if (!isWellFormed(values.text)) problems.push({ field: 'text', problem: 'broken' });
  if (values.wordsKind === null) problems.push({ field: 'wordsKind', problem: 'required' });
  if (!hasContent(values.language)) problems.push({ field: 'language', problem: 'required' });
  if (values.translation.length > MAX_STORY_LENGTH) problems.push({ field: 'translation', problem: 'tooLong' });
  else if (!isWellFormed(values.translation)) problems.push({ field: 'translation', problem: 'broken' });
  if (values.channel === null) problems.push({ field: 'channel', problem: 'required' });
  if (values.heardOn === '') problems.push({ field: 'heardOn', problem: 'required' });
  else if (!isRealDate(values.heardOn)) problems.push({ field: 'heardOn', problem: 'invalid' });
  else if (values.heardOn > today) problems.push({ field: 'heardOn', problem: 'future' });
  for (const question of CONSENT_QUESTIONS) {
    const given = values.consent[question];
    if (given === null) problems.push({ field: `consent.${question}`, problem: 'required' });
    else if (question === 'keep' && !given) problems.push({ field: 'consent.keep', problem: 'refused' });
  }
  const { name, phone, email } = values.contact;
  if (values.consent.contact === true && ![name, phone, email].some(hasContent)) problems.push({ field: 'contact', problem: 'required' });
  const district = values.equality.postcodeDistrict;
  if (district !== '' && district !== PREFER_NOT_TO_SAY && toPostcodeDistrict(district).district === null) problems.push({ field: 'postcode', problem: 'invalid' });
  return problems;
}
