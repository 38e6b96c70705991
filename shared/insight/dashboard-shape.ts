/**
 * Turns counts per month, theme and sentiment into the dashboard's tables. Pure, so
 * that the counts kept by triggers and the counts read from the stories make the
 * same dashboard, and tests can check it alone.
 */
import type { ServiceType } from '../capture/vocabulary';
import { bucketOf, bucketsOf, type Granularity } from './periods';
import { SENTIMENT_KEYS, type Dashboard, type DashboardRequest, type SentimentCounts, type SentimentKey } from './schemas';

/** One row of counts: theme '' is every story, sentiment '' a story not yet rated. */
export interface MonthCount {
  month: string;
  theme: string;
  sentiment: string;
  stories: number;
}

export interface ServiceCount {
  serviceId: string;
  name: string;
  type: ServiceType;
  stories: number;
}

/** Services the dashboard lists. */
export const TOP_SERVICES = 10;

export const noSentiments = (): SentimentCounts => ({ positive: 0, negative: 0, neutral: 0, mixed: 0, unrated: 0 });

export const sentimentKey = (stored: string): SentimentKey => ((SENTIMENT_KEYS as readonly string[]).includes(stored) && stored !== '' ? (stored as SentimentKey) : 'unrated');

export function shapeDashboard(
  request: DashboardRequest,
  rows: readonly MonthCount[],
  services: readonly ServiceCount[],
  themeNames: ReadonlyMap<string, string>,
  source: Dashboard['source'],
): Dashboard {
  const granularity: Granularity = request.granularity;
  const buckets = bucketsOf(request.period.from, request.period.to, granularity).map((b) => b.bucket);
  const bucketIndex = new Map(buckets.map((bucket, index) => [bucket, index]));
  const sentiments = noSentiments();
  const balance = buckets.map((bucket) => ({ bucket, total: 0, sentiments: noSentiments() }));
  const byTheme = new Map<string, { total: number; sentiments: SentimentCounts; counts: number[] }>();
  let total = 0;
  for (const row of rows) {
    if (row.stories === 0) continue;
    const at = bucketIndex.get(bucketOf(row.month, granularity));
    if (at === undefined) continue; // outside the period
    const key = sentimentKey(row.sentiment);
    if (row.theme === '') {
      total += row.stories;
      sentiments[key] += row.stories;
      balance[at]!.total += row.stories;
      balance[at]!.sentiments[key] += row.stories;
      continue;
    }
    if (!themeNames.has(row.theme)) continue; // a code removed since
    let theme = byTheme.get(row.theme);
    if (!theme) {
      theme = { total: 0, sentiments: noSentiments(), counts: buckets.map(() => 0) };
      byTheme.set(row.theme, theme);
    }
    theme.total += row.stories;
    theme.sentiments[key] += row.stories;
    theme.counts[at]! += row.stories;
  }
  const themes = [...byTheme]
    .filter(([, theme]) => theme.total > 0)
    .map(([codeId, theme]) => ({ codeId, name: themeNames.get(codeId)!, ...theme }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return {
    period: { ...request.period },
    granularity,
    filter: { ...request.filter },
    total,
    sentiments,
    themes: themes.map(({ codeId, name, total: count, sentiments: split }) => ({ codeId, name, total: count, sentiments: split })),
    trend: { buckets, themes: themes.map(({ codeId, name, counts }) => ({ codeId, name, counts })) },
    services: services
      .filter((s) => s.stories > 0)
      .sort((a, b) => b.stories - a.stories || a.name.localeCompare(b.name))
      .slice(0, TOP_SERVICES)
      .map((s) => ({ serviceId: s.serviceId, name: s.name, type: s.type, total: s.stories })),
    balance,
    source,
  };
}
