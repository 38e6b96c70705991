/**
 * stories.csv and summary.csv: for spreadsheets. Cells that a spreadsheet would run as
 * a formula get an apostrophe in front (README.txt says so); stories.json keeps the
 * words exact.
 */
import type { ExportedStory } from '../../../shared/export/schemas';
import { csvRow, writeCsv, type CsvCell } from '../../../shared/csv/write-csv';
import { inChunks } from './chunks';
import type { SummaryRow } from './summary';

export const STORIES_CSV_HEADER = [
  'id',
  'text',
  'text_withheld',
  'themes',
  'sentiment',
  'service_types',
  'service_names',
  'month',
  'channel',
  'age_band',
  'sex',
  'ethnicity',
  'postcode',
] as const;

const joined = (values: readonly string[] | null) => (values === null ? null : values.join('; '));

function storyRow(story: ExportedStory): CsvCell[] {
  return [
    story.id,
    story.text,
    story.textWithheld,
    story.themes.map((t) => `${t.parent ? `${t.parent} > ` : ''}${t.theme}${t.sentiment ? ` (${t.sentiment})` : ''}`).join('; '),
    story.sentiment,
    joined(story.serviceTypes),
    joined(story.serviceNames),
    story.month,
    story.channel,
    story.demographics.ageBand,
    story.demographics.sex,
    story.demographics.ethnicity,
    story.demographics.postcode,
  ];
}

export async function storiesCsv(stories: readonly ExportedStory[], checkpoint: () => Promise<void>): Promise<Buffer> {
  const rows = await inChunks(stories, (story) => `${csvRow(storyRow(story), { guardFormulas: true })}\r\n`, checkpoint);
  return Buffer.concat([Buffer.from(writeCsv([[...STORIES_CSV_HEADER]]), 'utf8'), ...rows]);
}

export function summaryCsv(rows: readonly SummaryRow[]): string {
  return writeCsv([['table', 'group', 'sentiment', 'stories'], ...rows.map((r) => [r.table, r.group, r.sentiment, r.shown])], { guardFormulas: true });
}
