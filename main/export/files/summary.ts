/**
 * Counts for summary.csv and report.html, with the profile's small-number rule: counts
 * from 1 to smallNumber - 1 show as "<smallNumber" (NHS disclosure control), so a
 * reader cannot pick out one or two people from a table.
 */
import { suppressCount } from '../../../shared/anonymise';
import type { ExportProfile } from '../../../shared/export/profiles';
import type { ExportedStory } from '../../../shared/export/schemas';

export interface SummaryRow {
  table: 'theme' | 'service type' | 'sentiment';
  group: string;
  sentiment: string;
  count: number;
  /** The count as shown, after the small-number rule. */
  shown: string;
}

export const NO_SENTIMENT = 'not given';

export function smallNumberShown(count: number, profile: ExportProfile): string {
  return suppressCount(count, { threshold: profile.smallNumber - 1, roundTo: 1, symbol: `<${profile.smallNumber}` });
}

function countInto(counts: Map<string, Set<string>>, key: string, storyId: string): void {
  const members = counts.get(key);
  if (members) members.add(storyId);
  else counts.set(key, new Set([storyId]));
}

const byName = (a: [string, unknown], b: [string, unknown]) => a[0].localeCompare(b[0], 'en');

/** Stories counted between checkpoints. */
const SUMMARY_BATCH = 5000;

/** Stories per theme and sentiment, per service type, and per overall sentiment; each story counted once in each cell. */
export async function summarise(stories: readonly ExportedStory[], profile: ExportProfile, checkpoint: () => Promise<void>): Promise<SummaryRow[]> {
  const themes = new Map<string, Set<string>>();
  const services = new Map<string, Set<string>>();
  const sentiments = new Map<string, Set<string>>();
  for (let start = 0; start < stories.length; start += SUMMARY_BATCH) {
    for (const story of stories.slice(start, start + SUMMARY_BATCH)) {
      for (const theme of story.themes) {
        const name = theme.parent ? `${theme.parent} > ${theme.theme}` : theme.theme;
        countInto(themes, JSON.stringify([name, theme.sentiment ?? NO_SENTIMENT]), story.id);
      }
      for (const type of story.serviceTypes ?? ['withheld']) countInto(services, type, story.id);
      countInto(sentiments, story.sentiment ?? NO_SENTIMENT, story.id);
    }
    await checkpoint();
  }
  const row = (table: SummaryRow['table'], group: string, sentiment: string, count: number): SummaryRow => ({
    table,
    group,
    sentiment,
    count,
    shown: smallNumberShown(count, profile),
  });
  return [
    ...[...themes].sort(byName).map(([key, ids]) => {
      const [name, sentiment] = JSON.parse(key) as [string, string];
      return row('theme', name, sentiment, ids.size);
    }),
    ...[...services].sort(byName).map(([type, ids]) => row('service type', type, '', ids.size)),
    ...[...sentiments].sort(byName).map(([sentiment, ids]) => row('sentiment', '', sentiment, ids.size)),
  ];
}
