/**
 * The Census 2021 tables Reach compares with, exactly as ONS publishes them in the
 * Nomis bulk downloads (census2021-<table>-ltla.csv): each table's column headings,
 * the category each heading counts, and which groups of those categories line up
 * with the equality questions Verbatim asks. Figures live in resources/census (with
 * their source) or come from an administrator's import of the ONS file; none are
 * made here.
 */
import { z } from 'zod';
import { ETHNICITIES } from '../capture/equality';

export const CENSUS_TOPICS = ['age', 'sex', 'ethnicity', 'disability', 'language'] as const;
export type CensusTopic = (typeof CENSUS_TOPICS)[number];

export interface CensusTableDefinition {
  code: string;
  topic: CensusTopic;
  title: string;
  universe: string;
  /** The heading of the total column. */
  totalColumn: string;
  /** Heading -> category key, for the columns that partition the total (sub-totals are left out). */
  categories: ReadonlyArray<readonly [heading: string, key: string]>;
  /** Sub-total headings that may appear beside the categories and are checked, not stored. */
  subtotals: readonly string[];
}

const ageBands = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84'] as const;
const ageHeading = (band: string) => {
  if (band === '0-4') return 'Age: Aged 4 years and under';
  const [from, to] = band.split('-');
  return `Age: Aged ${from} to ${to} years`;
};

const asian = 'Ethnic group: Asian, Asian British or Asian Welsh';
const black = 'Ethnic group: Black, Black British, Black Welsh, Caribbean or African';
const mixed = 'Ethnic group: Mixed or Multiple ethnic groups';
const white = 'Ethnic group: White';
const other = 'Ethnic group: Other ethnic group';
const english = 'Proficiency in English language';
const notEnglish = `${english}: Main language is not English (English or Welsh in Wales)`;

export const CENSUS_TABLES: Readonly<Record<string, CensusTableDefinition>> = {
  TS007A: {
    code: 'TS007A',
    topic: 'age',
    title: 'Age by five-year age bands',
    universe: 'All usual residents',
    totalColumn: 'Age: Total',
    categories: [...ageBands.map((band) => [ageHeading(band), band] as const), ['Age: Aged 85 years and over', '85+']],
    subtotals: [],
  },
  TS008: {
    code: 'TS008',
    topic: 'sex',
    title: 'Sex',
    universe: 'All usual residents',
    totalColumn: 'Sex: All persons; measures: Value',
    categories: [
      ['Sex: Female; measures: Value', 'female'],
      ['Sex: Male; measures: Value', 'male'],
    ],
    subtotals: [],
  },
  TS021: {
    code: 'TS021',
    topic: 'ethnicity',
    title: 'Ethnic group',
    universe: 'All usual residents',
    totalColumn: 'Ethnic group: Total: All usual residents',
    categories: [
      [`${asian}: Bangladeshi`, 'asian-bangladeshi'],
      [`${asian}: Chinese`, 'asian-chinese'],
      [`${asian}: Indian`, 'asian-indian'],
      [`${asian}: Pakistani`, 'asian-pakistani'],
      [`${asian}: Other Asian`, 'asian-other'],
      [`${black}: African`, 'black-african'],
      [`${black}: Caribbean`, 'black-caribbean'],
      [`${black}: Other Black`, 'black-other'],
      [`${mixed}: White and Asian`, 'mixed-white-asian'],
      [`${mixed}: White and Black African`, 'mixed-white-black-african'],
      [`${mixed}: White and Black Caribbean`, 'mixed-white-black-caribbean'],
      [`${mixed}: Other Mixed or Multiple ethnic groups`, 'mixed-other'],
      [`${white}: English, Welsh, Scottish, Northern Irish or British`, 'white-english-welsh-scottish-northern-irish-british'],
      [`${white}: Irish`, 'white-irish'],
      [`${white}: Gypsy or Irish Traveller`, 'white-gypsy-irish-traveller'],
      [`${white}: Roma`, 'white-roma'],
      [`${white}: Other White`, 'white-other'],
      [`${other}: Arab`, 'other-arab'],
      [`${other}: Any other ethnic group`, 'other-any'],
    ],
    subtotals: [asian, black, mixed, white, other],
  },
  TS038: {
    code: 'TS038',
    topic: 'disability',
    title: 'Disability',
    universe: 'All usual residents',
    totalColumn: 'Disability: Total: All usual residents',
    categories: [
      ['Disability: Disabled under the Equality Act: Day-to-day activities limited a lot', 'disabled-limited-a-lot'],
      ['Disability: Disabled under the Equality Act: Day-to-day activities limited a little', 'disabled-limited-a-little'],
      ['Disability: Not disabled under the Equality Act: Has long term physical or mental health condition but day-to-day activities are not limited', 'condition-not-limited'],
      ['Disability: Not disabled under the Equality Act: No long term physical or mental health conditions', 'no-condition'],
    ],
    subtotals: ['Disability: Disabled under the Equality Act', 'Disability: Not disabled under the Equality Act'],
  },
  TS029: {
    code: 'TS029',
    topic: 'language',
    title: 'Proficiency in English language (main language English or not)',
    universe: 'All usual residents aged 3 years and over',
    totalColumn: `${english}: Total: All usual residents aged 3 years and over`,
    categories: [
      [`${english}: Main language is English (English or Welsh in Wales)`, 'english'],
      [`${notEnglish}: Can speak English very well`, 'other-speaks-english-very-well'],
      [`${notEnglish}: Can speak English well`, 'other-speaks-english-well'],
      [`${notEnglish}: Cannot speak English well`, 'other-cannot-speak-english-well'],
      [`${notEnglish}: Cannot speak English`, 'other-cannot-speak-english'],
    ],
    subtotals: [notEnglish],
  },
};

/** The table each topic is compared with. */
export const TABLE_FOR_TOPIC: Readonly<Record<CensusTopic, string>> = { age: 'TS007A', sex: 'TS008', ethnicity: 'TS021', disability: 'TS038', language: 'TS029' };

/** One line of the comparison: census categories and equality answers that count the same people. */
export interface ReachGroup {
  key: string;
  census: readonly string[];
  heard: readonly string[];
}

const same = (keys: readonly string[]): ReachGroup[] => keys.map((key) => ({ key, census: [key], heard: [key] }));

/**
 * Census bands cannot split under-18s from 18 to 24 (TS007A has 15 to 19), so those two
 * answers are compared together as under 25. The disability question Verbatim asks
 * ("a disability or a long-term health condition") is matched with disabled under the
 * Equality Act plus a condition that does not limit day-to-day activities. A main
 * language is counted as English when the answer is the word English alone.
 */
export const REACH_GROUPS: Readonly<Record<CensusTopic, readonly ReachGroup[]>> = {
  age: [
    { key: 'under-25', census: ['0-4', '5-9', '10-14', '15-19', '20-24'], heard: ['under-18', '18-24'] },
    { key: '25-34', census: ['25-29', '30-34'], heard: ['25-34'] },
    { key: '35-44', census: ['35-39', '40-44'], heard: ['35-44'] },
    { key: '45-54', census: ['45-49', '50-54'], heard: ['45-54'] },
    { key: '55-64', census: ['55-59', '60-64'], heard: ['55-64'] },
    { key: '65-74', census: ['65-69', '70-74'], heard: ['65-74'] },
    { key: '75-84', census: ['75-79', '80-84'], heard: ['75-84'] },
    { key: '85-plus', census: ['85+'], heard: ['85-plus'] },
  ],
  sex: same(['female', 'male']),
  ethnicity: same(ETHNICITIES),
  disability: [
    { key: 'yes', census: ['disabled-limited-a-lot', 'disabled-limited-a-little', 'condition-not-limited'], heard: ['yes'] },
    { key: 'no', census: ['no-condition'], heard: ['no'] },
  ],
  language: [
    { key: 'english', census: ['english'], heard: ['english'] },
    { key: 'other', census: ['other-speaks-english-very-well', 'other-speaks-english-well', 'other-cannot-speak-english-well', 'other-cannot-speak-english'], heard: ['other'] },
  ],
};

/** Where a table's figures came from. */
export const censusSourceSchema = z.object({
  publisher: z.string(),
  dataset: z.string(),
  licence: z.string(),
  /** How the figures reached this file (a repository, path and commit; or the file an administrator imported). */
  route: z.string(),
});
export type CensusSource = z.infer<typeof censusSourceSchema>;

const count = z.number().int().nonnegative();

/** One area's figures for one table: the total and every category's count. */
export const censusFiguresSchema = z.object({ total: count, counts: z.record(z.string(), count) }).strict();
export type CensusFigures = z.infer<typeof censusFiguresSchema>;

/** The file format of resources/census/*.json. */
export const censusFileSchema = z
  .object({
    census: z.literal('Census 2021, England and Wales'),
    tables: z.record(z.string(), z.object({ title: z.string(), source: censusSourceSchema }).strict()),
    areas: z.array(z.object({ code: z.string().regex(/^[EW]\d{8}$/), name: z.string().min(1), tables: z.record(z.string(), censusFiguresSchema) }).strict()),
  })
  .strict();
export type CensusFile = z.infer<typeof censusFileSchema>;

/** Checks one area's figures against its table: every category present, and they add up to the total. */
export function censusFiguresProblem(table: CensusTableDefinition, figures: CensusFigures): string | null {
  const keys = table.categories.map(([, key]) => key);
  const missing = keys.filter((key) => figures.counts[key] === undefined);
  if (missing.length) return `${table.code} is missing ${missing.join(', ')}`;
  const extra = Object.keys(figures.counts).filter((key) => !keys.includes(key));
  if (extra.length) return `${table.code} has categories it does not publish: ${extra.join(', ')}`;
  const sum = keys.reduce((total, key) => total + figures.counts[key]!, 0);
  if (sum !== figures.total) return `${table.code}'s categories add up to ${sum}, not its total of ${figures.total}`;
  return null;
}
