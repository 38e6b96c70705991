/**
 * The report's English. The screen has its own words in the renderer's resources;
 * a report is read outside Verbatim, so its words are fixed here, as the intelligence
 * bundle's report.html fixes its own.
 */
import { CENSUS_TABLES, REACH_GROUPS, TABLE_FOR_TOPIC, type CensusTopic } from '../../../shared/insight/census';
import { monthsBetween } from '../../../shared/insight/periods';
import { monthText } from '../../export/files/day-text';
import type { InsightFilter, Period, SentimentKey } from '../../../shared/insight/schemas';


export const REPORT_WORDS = {
  sentiment: { positive: 'Positive', negative: 'Negative', neutral: 'Neutral', mixed: 'Mixed', unrated: 'Not yet rated' } satisfies Record<SentimentKey, string>,
  topic: { age: 'Age', sex: 'Sex', ethnicity: 'Ethnic group', disability: 'Disability or long-term condition', language: 'Main language' } satisfies Record<CensusTopic, string>,
  themesTitle: 'What people talked about',
  trendTitle: 'Themes over time',
  servicesTitle: 'Services most talked about',
  balanceTitle: 'How people felt over time',
  noStories: 'No stories were heard in this period with these choices.',
  noThemes: 'No stories in this period are tagged with a theme yet.',
  noQuotes: 'No quotes were chosen for the themes of this period.',
  unblock:
    'To compare, an administrator can bring in the ONS table for this area (Insight, Reach, Bring in a census table: the Nomis bulk file census2021-<table>-ltla.csv), or Verbatim can ship it once the file can be downloaded from nomisweb.co.uk.',
};

export function periodText(period: Period): string {
  const months = monthsBetween(period.from, period.to);
  return months.length === 1 ? monthText(period.from) : `${monthText(period.from)} to ${monthText(period.to)}`;
}

export function filterText(filter: InsightFilter): string {
  const parts = [filter.serviceId ? 'one service' : null, filter.serviceType ? `services of type ${filter.serviceType}` : null, filter.eventId ? 'one event' : null, filter.channel ? `heard by ${filter.channel}` : null].filter(Boolean);
  return parts.length ? `Stories about ${parts.join(', ')}.` : 'All the stories we heard.';
}

const AGE_NAMES: Readonly<Record<string, string>> = { 'under-25': 'Under 25', '85-plus': '85 and over' };

/** A reach group's name: the census's own words where it has them. */
export function groupName(topic: CensusTopic, key: string): string {
  if (topic === 'age') return AGE_NAMES[key] ?? key.replace('-', ' to ');
  if (topic === 'sex') return key === 'female' ? 'Female' : 'Male';
  if (topic === 'disability') return key === 'yes' ? 'Disability or long-term condition' : 'No long-term condition';
  if (topic === 'language') return key === 'english' ? 'English' : 'Another language';
  const table = CENSUS_TABLES[TABLE_FOR_TOPIC[topic]]!;
  const group = REACH_GROUPS[topic].find((g) => g.key === key);
  const heading = table.categories.find(([, category]) => category === group?.census[0])?.[0] ?? key;
  return heading.replace(/^Ethnic group: /, '');
}
