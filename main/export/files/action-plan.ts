/**
 * action-plan.csv and the action-plan section of report.html, for the organisation a
 * bundle is for: what was recommended or agreed, their response in their own words,
 * the latest progress, and the evidence behind each item as counts (under the
 * profile's small-number rule) and the ids of the stories in this bundle. Evidence
 * and context, never a verdict.
 */
import { writeCsv } from '../../../shared/csv/write-csv';
import type { ExportProfile } from '../../../shared/export/profiles';
import type { ExportedStory } from '../../../shared/export/schemas';
import { CQC_KEY_QUESTIONS } from '../../../shared/recommendations/vocabulary';
import type { BundlePlanItem } from '../../recommendations/plan-export';
import { escapeHtml } from './html';
import { smallNumberShown } from './summary';

/** Quotes shown under each item in report.html (the stories are all in stories.json). */
export const PLAN_QUOTES = 3;

export interface BundleActionPlanItem {
  item: BundlePlanItem;
  /** Stories of the evidence that are in this bundle, by their bundle id. */
  storyIds: string[];
  storiesShown: string;
  themes: string[];
  searches: string[];
}

export interface BundleActionPlan {
  organisation: string;
  items: BundleActionPlanItem[];
}

const KIND_TEXT: Record<BundlePlanItem['kind'], string> = { recommendation: 'Recommendation', 'agreed-issue': 'Agreed issue', 'cqc-finding': 'CQC finding' };
const words = (code: string | null) => (code === null ? '' : code.replace(/-/g, ' '));

/** The plan as it goes out: story ids made bundle ids (stories not in this bundle are only counted), counts under the profile's rule. */
export function bundleActionPlan(plan: { organisation: string; items: BundlePlanItem[] }, bundleIdOf: ReadonlyMap<string, string>, profile: ExportProfile): BundleActionPlan {
  const shown = (count: number) => smallNumberShown(count, profile);
  return {
    organisation: plan.organisation,
    items: plan.items.map((item) => ({
      item,
      storyIds: item.evidence.storyIds.flatMap((id) => bundleIdOf.get(id) ?? []).sort(),
      storiesShown: shown(item.evidence.storyIds.length),
      themes: item.evidence.themes.map((t) => `${t.parent ? `${t.parent} > ` : ''}${t.theme}: ${shown(t.storyCount)}`),
      searches: item.evidence.searches.map((s) => `${s.name}: ${shown(s.storyCount)}`),
    })),
  };
}

export const ACTION_PLAN_CSV_HEADER = [
  'kind',
  'title',
  'report',
  'organisation',
  'services',
  'status',
  'sent_on',
  'response_due_on',
  'response',
  'response_received_on',
  'response_words',
  'latest_update_on',
  'latest_update_status',
  'latest_update_note',
  'next_due',
  'next_due_on',
  'overdue',
  'what_was_asked',
  'evidence_stories',
  'evidence_story_ids_in_this_bundle',
  'evidence_themes',
  'evidence_searches',
  'cqc_ratings',
  'cqc_link',
] as const;

function ratingsText(item: BundlePlanItem): string {
  return item.ratings ? CQC_KEY_QUESTIONS.map((q) => `${q}: ${words(item.ratings![q])}`).join('; ') : '';
}

export function actionPlanCsv(plan: BundleActionPlan): string {
  const rows = plan.items.map(({ item, storyIds, storiesShown, themes, searches }) => [
    KIND_TEXT[item.kind],
    item.title,
    item.reportTitle,
    item.organisation.name,
    item.services.map((s) => s.name).join('; '),
    words(item.status),
    item.sentOn,
    item.dueOn,
    words(item.responseDecision),
    item.respondedOn,
    item.responseWords,
    item.latestUpdate?.updatedOn ?? null,
    words(item.latestUpdate?.status ?? null),
    item.latestUpdate?.note ?? null,
    item.next?.what ?? null,
    item.next?.on ?? null,
    item.next ? (item.next.overdue ? 'yes' : 'no') : null,
    item.description,
    storiesShown,
    storyIds.join('; '),
    themes.join('; '),
    searches.join('; '),
    ratingsText(item),
    item.link,
  ]);
  return writeCsv([[...ACTION_PLAN_CSV_HEADER], ...rows], { guardFormulas: true });
}

const entry = (term: string, value: string | null) => (value ? `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>` : '');

/** A section per item (headings and a description list, so it reflows on a narrow screen). */
export function actionPlanSection(plan: BundleActionPlan, stories: readonly ExportedStory[]): string {
  const byId = new Map(stories.map((story) => [story.id, story]));
  const items = plan.items.map(({ item, storyIds, storiesShown, themes, searches }) => {
    const quotes = storyIds
      .map((id) => byId.get(id))
      .filter((story): story is ExportedStory => story !== undefined && story.text !== null)
      .slice(0, PLAN_QUOTES)
      .map((story) => `<blockquote>${escapeHtml(story.text!)} <span class="meta">(story ${escapeHtml(story.id)})</span></blockquote>`)
      .join('');
    const next = item.next ? `${item.next.what} ${item.next.overdue ? 'was due' : 'is due'} on ${item.next.on}` : null;
    return `<h3>${escapeHtml(KIND_TEXT[item.kind])}: ${escapeHtml(item.title)}</h3>
<dl>${entry('Report', item.reportTitle)}${entry('Services', item.services.map((s) => s.name).join(', '))}${entry('What was asked', item.description)}${entry('Status', words(item.status))}${entry('Sent', item.sentOn)}${entry('Response due', item.dueOn)}${entry('Response', item.responseDecision ? `${words(item.responseDecision)}, received ${item.respondedOn}` : null)}${entry('In your words', item.responseWords)}${entry('Latest progress', item.latestUpdate ? `${item.latestUpdate.updatedOn}: ${words(item.latestUpdate.status)}. ${item.latestUpdate.note}` : null)}${entry('Next', next)}${entry('CQC ratings', ratingsText(item))}${entry('CQC report', item.link)}${entry('Stories behind it', storiesShown === '0' ? null : `${storiesShown}${storyIds.length ? ` (in this bundle: ${storyIds.join(', ')})` : ''}`)}${entry('Theme counts when written', themes.join('; '))}${entry('Saved searches when written', searches.join('; '))}</dl>
${quotes}`;
  });
  return `<h2>Action plan with ${escapeHtml(plan.organisation)}</h2>
<p>The agreed issues, our recommendations and CQC findings we follow with ${escapeHtml(plan.organisation)}: ${plan.items.length} in all, also in action-plan.csv. Organisations must respond to our recommendations; they do not have to act on them. Counts follow the same small-number rule as the rest of this bundle.</p>
${items.join('\n') || '<p>There are no items in the action plan with this organisation.</p>'}`;
}

/** One line of README.txt per plan. */
export const actionPlanReadme = (plan: BundleActionPlan): string => `  action-plan.csv  The action plan with ${plan.organisation} (${plan.items.length} items), as a spreadsheet.`;
