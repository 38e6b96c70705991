/**
 * One survey answer row to the story it would become, or the problems that stop it.
 * The words cell is taken exactly as written; only dates, yes/no answers, names
 * and equality answers are read loosely (spaces and case), because those are
 * values to interpret, not words to keep.
 */
import type { Equality } from '../capture/equality';
import { storyTextSchema } from '../capture/story';
import { readSurveyDate } from './survey-dates';
import { readAgeBand, readEthnicity, readPostcodeDistrict, readSex } from './survey-demographics';
import type { MappedField, SurveyMapping, SurveyOptions } from './schemas';

export interface RegisterEntry {
  id: string;
  name: string;
  odsCode: string | null;
}

export interface MappedStory {
  text: string;
  heardOn: string;
  serviceId: string | null;
  serviceName: string | null;
  language: string;
  consent: { share: boolean; quote: boolean };
  equality: Equality;
}

export interface FieldProblem {
  field: MappedField;
  message: string;
}

export type MappedRow = { ok: true; story: MappedStory } | { ok: false; problems: FieldProblem[] };

export interface RowContext {
  mapping: SurveyMapping;
  options: SurveyOptions;
  /** Today's local date (YYYY-MM-DD): later dates are refused. */
  today: string;
  findService(cell: string): RegisterEntry | undefined;
}

const key = (value: string): string => value.trim().toLowerCase();

/** Finds a service by its name (any case) or its ODS code. */
export function serviceFinder(register: readonly RegisterEntry[]): (cell: string) => RegisterEntry | undefined {
  const byKey = new Map<string, RegisterEntry>();
  for (const entry of register) {
    if (entry.odsCode) byKey.set(`ods:${key(entry.odsCode)}`, entry);
    if (!byKey.has(`name:${key(entry.name)}`)) byKey.set(`name:${key(entry.name)}`, entry);
  }
  return (cell) => byKey.get(`name:${key(cell)}`) ?? byKey.get(`ods:${key(cell)}`);
}

export function mapSurveyRow(cells: readonly string[], context: RowContext): MappedRow {
  const { mapping, options } = context;
  const problems: FieldProblem[] = [];
  const cellOf = (column: number | null): string => (column === null ? '' : (cells[column] ?? ''));

  const text = cellOf(mapping.text);
  const words = storyTextSchema.safeParse(text);
  if (!words.success) problems.push({ field: 'text', message: `${words.error.issues[0]?.message ?? 'The words cannot be stored'}.` });

  const date = readSurveyDate(cellOf(mapping.date), context.today);
  if (!date.ok) problems.push({ field: 'date', message: date.message });

  let service: RegisterEntry | undefined;
  const serviceCell = cellOf(mapping.service);
  if (serviceCell.trim() !== '') {
    service = context.findService(serviceCell);
    if (!service && options.unmatchedService === 'problem') {
      problems.push({ field: 'service', message: `"${serviceCell}" matches no service name or ODS code in the register.` });
    }
  }

  const equality: Equality = {};
  const answers = [
    ['age', readAgeBand, 'ageBand'],
    ['sex', readSex, 'sex'],
    ['ethnicity', readEthnicity, 'ethnicity'],
    ['postcode', readPostcodeDistrict, 'postcodeDistrict'],
  ] as const;
  for (const [field, read, question] of answers) {
    if (mapping[field] === null) continue;
    const answer = read(cellOf(mapping[field]));
    if (!answer.ok) problems.push({ field, message: answer.message });
    else if (answer.value !== undefined) (equality as Record<string, string>)[question] = answer.value;
  }

  const language = cellOf(mapping.language).trim();
  if (language.length > 100) problems.push({ field: 'language', message: 'The language is longer than 100 characters.' });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    story: {
      text,
      heardOn: date.ok ? date.date : '',
      serviceId: service?.id ?? null,
      serviceName: service?.name ?? null,
      language: language === '' ? options.defaultLanguage : language,
      consent: { share: saysYes(cellOf(mapping.consentShare?.column ?? null), mapping.consentShare?.yesValues), quote: saysYes(cellOf(mapping.consentQuote?.column ?? null), mapping.consentQuote?.yesValues) },
      equality,
    },
  };
}

/** Yes only when the answer is one of the values chosen to mean yes; blank or anything else is no. */
export function saysYes(cell: string, yesValues: readonly string[] | undefined): boolean {
  if (!yesValues) return false;
  const answer = key(cell);
  return answer !== '' && yesValues.some((value) => key(value) === answer);
}
