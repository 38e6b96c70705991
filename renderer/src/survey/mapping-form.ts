/**
 * The column-matching form: what the person chose for each field, guessed first
 * from the column names, and turned into the mapping the import is given.
 */
import { DEFAULT_YES_VALUES, type SurveyMapping, type SurveyOptions } from '../../../shared/survey/schemas';

export const MAPPED_FIELDS = ['text', 'date', 'service', 'consentShare', 'consentQuote', 'age', 'sex', 'ethnicity', 'postcode', 'language'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
export const CONSENT_FIELDS = ['consentShare', 'consentQuote'] as const;

export interface MappingForm {
  /** The chosen column's position as text, or '' for "not in this file". */
  columns: Record<MappedField, string>;
  /** Comma-separated answers that mean yes, per consent column. */
  yesValues: Record<(typeof CONSENT_FIELDS)[number], string>;
  unmatchedService: SurveyOptions['unmatchedService'];
  defaultLanguage: string;
}

/** Header words that suggest each field, tried in this order so the words column is taken first. */
const GUESSES: Array<[MappedField, RegExp]> = [
  ['text', /experience|tell us|feedback|comment|story|what happened|your words|describe/i],
  ['consentShare', /share/i],
  ['consentQuote', /quot/i],
  ['date', /^(?!.*birth).*(date|submitted|timestamp|completed|start time|when)/i],
  ['service', /service|provider|practice|hospital|surgery|\bgp\b|organisation/i],
  ['age', /\bage\b|how old/i],
  ['sex', /\bsex\b|gender/i],
  ['ethnicity', /ethnic/i],
  ['postcode', /post ?code/i],
  ['language', /language/i],
];

export function guessMapping(columns: readonly string[]): MappingForm {
  const chosen = Object.fromEntries(MAPPED_FIELDS.map((field) => [field, ''])) as Record<MappedField, string>;
  const taken = new Set<number>();
  for (const [field, pattern] of GUESSES) {
    const index = columns.findIndex((name, position) => !taken.has(position) && pattern.test(name));
    if (index === -1) continue;
    chosen[field] = String(index);
    taken.add(index);
  }
  const yes = DEFAULT_YES_VALUES.join(', ');
  return { columns: chosen, yesValues: { consentShare: yes, consentQuote: yes }, unmatchedService: 'problem', defaultLanguage: 'English' };
}

export type MappingProblems = Partial<Record<MappedField | 'yesShare' | 'yesQuote' | 'defaultLanguage', 'required' | 'yesValues' | { sameAs: MappedField }>>;

const yesList = (text: string): string[] =>
  text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');

/** The mapping and options, or what is missing. */
export function toMapping(form: MappingForm): { mapping: SurveyMapping; options: SurveyOptions } | { problems: MappingProblems } {
  const problems: MappingProblems = {};
  if (form.columns.text === '') problems.text = 'required';
  if (form.columns.date === '') problems.date = 'required';
  const seen = new Map<string, MappedField>();
  for (const field of MAPPED_FIELDS) {
    const column = form.columns[field];
    if (column === '') continue;
    const first = seen.get(column);
    if (first) problems[field] ??= { sameAs: first };
    else seen.set(column, field);
  }
  for (const field of CONSENT_FIELDS) {
    if (form.columns[field] !== '' && yesList(form.yesValues[field]).length === 0) problems[field === 'consentShare' ? 'yesShare' : 'yesQuote'] = 'yesValues';
  }
  if (form.defaultLanguage.trim() === '') problems.defaultLanguage = 'required';
  if (Object.keys(problems).length > 0) return { problems };
  const column = (field: MappedField) => (form.columns[field] === '' ? null : Number(form.columns[field]));
  const consent = (field: (typeof CONSENT_FIELDS)[number]) => {
    const at = column(field);
    return at === null ? null : { column: at, yesValues: yesList(form.yesValues[field]) };
  };
  return {
    mapping: {
      text: Number(form.columns.text),
      date: Number(form.columns.date),
      service: column('service'),
      consentShare: consent('consentShare'),
      consentQuote: consent('consentQuote'),
      age: column('age'),
      sex: column('sex'),
      ethnicity: column('ethnicity'),
      postcode: column('postcode'),
      language: column('language'),
    },
    options: { unmatchedService: form.unmatchedService, defaultLanguage: form.defaultLanguage.trim() },
  };
}
