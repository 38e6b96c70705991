/** The content files of an intelligence bundle, as strings; the container adds the manifest, hashes and signature. */
import { z } from 'zod';
import { storiesFileSchema, type ExportedStory } from '../../../shared/export/schemas';
import type { BundleFile } from '../../bundles/signed-bundle';
import { actionPlanCsv } from './action-plan';
import type { BundleMeta } from './bundle-meta';
import { jsonArray } from './chunks';
import { readmeText } from './readme';
import { reportHtml } from './report-html';
import { storiesCsv, summaryCsv } from './stories-csv';
import { summarise } from './summary';

export const STORIES_SCHEMA_FILE = 'schemas/stories.schema.json';

export const storiesJsonSchema = (): string =>
  `${JSON.stringify(
    z.toJSONSchema(storiesFileSchema.meta({ title: 'Verbatim intelligence stories', description: 'stories.json: the anonymised stories of one intelligence bundle.' })),
    null,
    2,
  )}\n`;

/**
 * Builds the files one at a time, calling `checkpoint` between them (and within the big
 * ones) so a job stays answerable and cancellable. The big files come as UTF-8 built in
 * chunks: encoding 20 MB of text in one go would hold the worker for a second or more.
 */
export async function intelligenceFiles(stories: readonly ExportedStory[], meta: BundleMeta, checkpoint: () => Promise<void>): Promise<BundleFile[]> {
  const summary = await summarise(stories, meta.profile, checkpoint);
  const builders: [string, () => BundleFile['data'] | Promise<BundleFile['data']>][] = [
    ['README.txt', () => readmeText(meta)],
    ['report.html', () => reportHtml(stories, summary, meta)],
    ['stories.json', async () => Buffer.concat([await jsonArray(stories, checkpoint), Buffer.from('\n')])],
    ['stories.csv', () => storiesCsv(stories, checkpoint)],
    ['summary.csv', () => summaryCsv(summary)],
    [STORIES_SCHEMA_FILE, storiesJsonSchema],
  ];
  const plan = meta.actionPlan;
  if (plan) builders.splice(5, 0, ['action-plan.csv', () => actionPlanCsv(plan)]);
  const files: BundleFile[] = [];
  for (const [name, build] of builders) {
    await checkpoint();
    files.push({ name, data: await build() });
  }
  return files;
}
