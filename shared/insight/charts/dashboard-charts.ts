/**
 * The dashboard's four charts and Reach's per-topic chart, built from a dashboard's
 * numbers for the screen (exact counts, every mark a link) or for the report
 * (counts after disclosure control, no links). The words come from the caller: the
 * screen's resources, or the report's English.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReachGroupCount, ReachTopic } from '../reach-schemas';
import { SENTIMENT_KEYS, type Dashboard, type SentimentKey } from '../schemas';
import type { CountAddress } from '../story-links';
import { bars, lines, pairedShares, stackedBars, stackedColumns, type Mark } from './chart-specs';

export interface ChartWords {
  sentiment: Readonly<Record<SentimentKey, string>>;
  storiesAxis: string;
  shareAxis: string;
  heard: string;
  population: string;
  themesTitle: string;
  trendTitle: string;
  servicesTitle: string;
  balanceTitle: string;
  /** A mark's accessible name: "Waiting times, negative: 12 stories". */
  mark(what: string, count: string): string;
  share(what: string, share: string): string;
  groupName(topic: ReachTopic['topic'], key: string): string;
}

export interface ChartOptions {
  words: ChartWords;
  /** The number a count shows as (exact on screen; after disclosure control in the report). */
  shown(count: number): { value: number; text: string };
  /** The link for the stories behind a count (screen only). */
  link?: (address: CountAddress) => string;
}

/** Themes the trend chart draws (the rest are in its table). */
export const TREND_THEMES = 6;

export interface DashboardCharts {
  themes: TopLevelSpec;
  trend: TopLevelSpec;
  services: TopLevelSpec;
  balance: TopLevelSpec;
}

export function dashboardCharts(dashboard: Dashboard, options: ChartOptions): DashboardCharts {
  const { words, shown, link } = options;
  const mark = (count: number, what: string, address: CountAddress): Mark => {
    const value = shown(count);
    return { value: value.value, label: words.mark(what, value.text), ...(link ? { href: link(address) } : {}) };
  };
  const segments = (counts: Readonly<Record<SentimentKey, number>>, what: string, address: CountAddress) =>
    Object.fromEntries(SENTIMENT_KEYS.map((key) => [key, mark(counts[key], `${what}, ${words.sentiment[key]}`, { ...address, sentiment: key })])) as Record<SentimentKey, Mark>;
  return {
    themes: stackedBars(
      words.themesTitle,
      dashboard.themes.map((theme) => ({ category: theme.name, segments: segments(theme.sentiments, theme.name, { codeId: theme.codeId }) })),
      words.sentiment,
      words.storiesAxis,
    ),
    trend: lines(
      words.trendTitle,
      dashboard.trend.buckets,
      dashboard.trend.themes.slice(0, TREND_THEMES).map((theme) => ({
        name: theme.name,
        points: theme.counts.map((count, index) => mark(count, `${theme.name}, ${dashboard.trend.buckets[index]}`, { codeId: theme.codeId, bucket: dashboard.trend.buckets[index]! })),
      })),
      words.storiesAxis,
    ),
    services: bars(
      words.servicesTitle,
      dashboard.services.map((service) => ({ category: service.name, ...mark(service.total, service.name, { serviceId: service.serviceId }) })),
      words.storiesAxis,
    ),
    balance: stackedColumns(
      words.balanceTitle,
      dashboard.balance.map((column) => ({ bucket: column.bucket, segments: segments(column.sentiments, column.bucket, { bucket: column.bucket }) })),
      words.sentiment,
      words.storiesAxis,
    ),
  };
}

/** Heard and population shares for one topic with a census table. */
export function reachChart(topic: Extract<ReachTopic, { available: true }>, words: ChartWords, heardShare: (group: ReachGroupCount) => { value: number; text: string }): TopLevelSpec {
  return pairedShares(
    topic.title,
    topic.groups.map((group) => {
      const name = words.groupName(topic.topic, group.key);
      const heard = heardShare(group);
      const population = `${(group.populationShare * 100).toFixed(1)}%`;
      return {
        group: name,
        heard: { value: heard.value, label: words.share(`${name}, ${words.heard}`, heard.text) },
        population: { value: group.populationShare, label: words.share(`${name}, ${words.population}`, population) },
      };
    }),
    { heard: words.heard, population: words.population },
    words.shareAxis,
  );
}
