/**
 * The dashboard's and the report's charts as Vega-Lite specifications: one builder
 * per chart, from the same numbers the tables beside them show. Each mark carries a
 * description (its accessible name) and, on screen, a link to the stories it counts
 * (`href`: "#insight-link/<n>", resolved by the screen); the report leaves links out.
 */
import type { TopLevelSpec } from 'vega-lite';
import { SENTIMENT_KEYS, type SentimentKey } from '../schemas';

/** One mark: its value, the words a screen reader says for it, and its link (screen only). */
export interface Mark {
  value: number;
  label: string;
  href?: string;
}

/** Colours a person with a colour vision deficiency can tell apart (Okabe and Ito), each 3:1 or more on white. */
export const SENTIMENT_COLOURS: Readonly<Record<SentimentKey, string>> = {
  positive: '#007a5a',
  negative: '#c24e00',
  neutral: '#0072b2',
  mixed: '#b0508a',
  unrated: '#767676',
};

export const CHART_WIDTH = 520;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

const base = (description: string, values: object[]) => ({
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json' as const,
  description,
  width: CHART_WIDTH,
  data: { values },
  config: {
    font: FONT,
    axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1f1f1f', titleColor: '#1f1f1f', labelLimit: 220 },
    legend: { labelFontSize: 12, titleFontSize: 12, labelColor: '#1f1f1f', titleColor: '#1f1f1f', orient: 'bottom' as const },
    view: { stroke: null },
    aria: true,
  },
});

/** Month labels slant when there are many, so they never overlap. */
const bucketAxis = (count: number) => ({ labelAngle: count > 6 ? -45 : 0, labelOverlap: false as const });

/** The link channel, only when the marks carry links (on screen, not in the report). */
const linked = (values: ReadonlyArray<{ href?: string }>) => (values.some((value) => value.href !== undefined) ? { href: { field: 'href' } } : {});

const withLink = (mark: Mark) => ({ value: mark.value, label: mark.label, ...(mark.href ? { href: mark.href } : {}) });

/** Stacked horizontal bars: one row per category, one segment per sentiment. */
export function stackedBars(description: string, rows: ReadonlyArray<{ category: string; segments: Readonly<Record<SentimentKey, Mark>> }>, labels: Readonly<Record<SentimentKey, string>>, axisTitle: string): TopLevelSpec {
  const values = rows.flatMap((row, order) =>
    SENTIMENT_KEYS.filter((key) => row.segments[key].value > 0).map((key) => ({ category: row.category, order, sentiment: labels[key], key, ...withLink(row.segments[key]) })),
  );
  return {
    ...base(description, values),
    height: { step: 26 },
    mark: { type: 'bar', cursor: 'pointer' },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: { field: 'order' }, title: null },
      x: { field: 'value', type: 'quantitative', title: axisTitle, stack: 'zero', axis: { tickMinStep: 1, format: 'd' } },
      color: {
        field: 'sentiment',
        type: 'nominal',
        title: null,
        scale: { domain: SENTIMENT_KEYS.map((key) => labels[key]), range: SENTIMENT_KEYS.map((key) => SENTIMENT_COLOURS[key]) },
      },
      order: { field: 'key', sort: 'ascending' },
      description: { field: 'label' },
      ...linked(values),
    },
  } as TopLevelSpec;
}

/** Columns stacked by sentiment, one per month or quarter. */
export function stackedColumns(description: string, columns: ReadonlyArray<{ bucket: string; segments: Readonly<Record<SentimentKey, Mark>> }>, labels: Readonly<Record<SentimentKey, string>>, axisTitle: string): TopLevelSpec {
  const values = columns.flatMap((column, order) =>
    SENTIMENT_KEYS.filter((key) => column.segments[key].value > 0).map((key) => ({ bucket: column.bucket, order, sentiment: labels[key], key, ...withLink(column.segments[key]) })),
  );
  return {
    ...base(description, values),
    height: 220,
    mark: { type: 'bar', cursor: 'pointer' },
    encoding: {
      // Every month or quarter of the period has its place, with stories or not.
      x: { field: 'bucket', type: 'ordinal', title: null, scale: { domain: columns.map((column) => column.bucket) }, axis: bucketAxis(columns.length) },
      y: { field: 'value', type: 'quantitative', title: axisTitle, stack: 'zero', axis: { tickMinStep: 1, format: 'd' } },
      color: {
        field: 'sentiment',
        type: 'nominal',
        title: null,
        scale: { domain: SENTIMENT_KEYS.map((key) => labels[key]), range: SENTIMENT_KEYS.map((key) => SENTIMENT_COLOURS[key]) },
      },
      order: { field: 'key', sort: 'ascending' },
      description: { field: 'label' },
      ...linked(values),
    },
  } as TopLevelSpec;
}

/** Plain horizontal bars, one per category. */
export function bars(description: string, rows: ReadonlyArray<{ category: string } & Mark>, axisTitle: string): TopLevelSpec {
  const values = rows.map((row, order) => ({ category: row.category, order, ...withLink(row) }));
  return {
    ...base(description, values),
    height: { step: 26 },
    mark: { type: 'bar', color: '#0b5cad', cursor: 'pointer' },
    encoding: {
      y: { field: 'category', type: 'nominal', sort: { field: 'order' }, title: null },
      x: { field: 'value', type: 'quantitative', title: axisTitle, axis: { tickMinStep: 1, format: 'd' } },
      description: { field: 'label' },
      ...linked(values),
    },
  } as TopLevelSpec;
}

/** A line per series across the buckets, each point a mark of its own. */
export function lines(description: string, buckets: readonly string[], series: ReadonlyArray<{ name: string; points: readonly Mark[] }>, axisTitle: string): TopLevelSpec {
  const values = series.flatMap((s) => s.points.map((point, order) => ({ series: s.name, bucket: buckets[order], order, ...withLink(point) })));
  return {
    ...base(description, values),
    height: 220,
    encoding: {
      x: { field: 'bucket', type: 'ordinal', title: null, scale: { domain: [...buckets] }, axis: bucketAxis(buckets.length) },
      y: { field: 'value', type: 'quantitative', title: axisTitle, axis: { tickMinStep: 1, format: 'd' } },
      color: { field: 'series', type: 'nominal', title: null, scale: { scheme: 'dark2' } },
    },
    layer: [
      // The line only joins the points, which carry the numbers: hidden from assistive technology.
      { mark: { type: 'line', strokeWidth: 2, aria: false } },
      { mark: { type: 'point', filled: true, size: 70, cursor: 'pointer' }, encoding: { description: { field: 'label' }, ...linked(values), shape: { field: 'series', type: 'nominal', title: null } } },
    ],
  } as TopLevelSpec;
}

/** Heard beside population: two bars per group, as shares. */
export function pairedShares(description: string, groups: ReadonlyArray<{ group: string; heard: Mark; population: Mark }>, names: { heard: string; population: string }, axisTitle: string): TopLevelSpec {
  const values = groups.flatMap((g, order) => [
    { group: g.group, order, who: names.heard, ...withLink(g.heard) },
    { group: g.group, order, who: names.population, ...withLink(g.population) },
  ]);
  return {
    ...base(description, values),
    height: { step: 14 },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'group', type: 'nominal', sort: { field: 'order' }, title: null },
      yOffset: { field: 'who', sort: [names.heard, names.population] },
      x: { field: 'value', type: 'quantitative', title: axisTitle, axis: { format: '.0%' } },
      color: { field: 'who', type: 'nominal', title: null, scale: { domain: [names.heard, names.population], range: ['#0b5cad', '#767676'] } },
      description: { field: 'label' },
      ...linked(values),
    },
  } as TopLevelSpec;
}
