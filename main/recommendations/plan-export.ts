/**
 * What an intelligence bundle for one organisation carries of the action plan: that
 * organisation's items only, with what was asked, the evidence behind it (story ids,
 * saved-search and theme counts) and context (their response in their own words, the
 * latest progress), never a verdict. The export turns story ids into the bundle's
 * own ids and applies its small-number rule to the counts.
 */
import type { PlanItem } from '../../shared/recommendations/schemas';
import type { CqcRatings } from '../../shared/recommendations/schemas';
import type { ImplementationStatus } from '../../shared/recommendations/vocabulary';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { planRows, toPlanItems } from './plan-items';

export interface BundlePlanItem extends PlanItem {
  /** What was recommended or agreed, or the inspector's summary. */
  description: string;
  responseWords: string | null;
  latestUpdate: { status: ImplementationStatus; updatedOn: string; note: string } | null;
  ratings: CqcRatings | null;
  link: string | null;
  evidence: { storyIds: string[]; searches: { name: string; storyCount: number }[]; themes: { theme: string; parent: string | null; storyCount: number }[] };
}

const DESCRIPTION: Record<PlanItem['kind'], string> = {
  recommendation: 'SELECT r.body AS description, x.words, NULL AS ratings, NULL AS link FROM recommendations r LEFT JOIN recommendation_responses x ON x.recommendation_id = r.id WHERE r.id = ?',
  'agreed-issue': 'SELECT description, NULL AS words, NULL AS ratings, NULL AS link FROM agreed_issues WHERE id = ?',
  'cqc-finding': 'SELECT summary AS description, NULL AS words, ratings, link FROM cqc_findings WHERE id = ?',
};
const UPDATE_COLUMN: Record<PlanItem['kind'], string> = { recommendation: 'recommendation_id', 'agreed-issue': 'issue_id', 'cqc-finding': 'finding_id' };
const STORIES: Record<PlanItem['kind'], string | null> = {
  recommendation: 'SELECT story_id FROM recommendation_stories WHERE recommendation_id = ? ORDER BY story_id',
  'agreed-issue': null,
  'cqc-finding': 'SELECT story_id FROM cqc_finding_stories WHERE finding_id = ? ORDER BY story_id',
};

/** Every action-plan item of one organisation, in plan order, with its details. */
export function actionPlanForBundle(db: Db, stakeholderId: string, today: string): BundlePlanItem[] {
  const items = toPlanItems(db, planRows(db, { stakeholderId }, today), today);
  return items.map((item) => {
    const about = prepared(db, DESCRIPTION[item.kind]).get(item.id) as { description: string; words: string | null; ratings: string | null; link: string | null };
    const update = prepared(db, `SELECT status, updated_on, note FROM plan_updates WHERE ${UPDATE_COLUMN[item.kind]} = ? ORDER BY updated_on DESC, recorded_at DESC LIMIT 1`).get(item.id) as
      | { status: ImplementationStatus; updated_on: string; note: string }
      | undefined;
    const stories = STORIES[item.kind];
    const recommendation = item.kind === 'recommendation';
    return {
      ...item,
      description: about.description,
      responseWords: about.words,
      latestUpdate: update ? { status: update.status, updatedOn: update.updated_on, note: update.note } : null,
      ratings: about.ratings ? (JSON.parse(about.ratings) as CqcRatings) : null,
      link: about.link,
      evidence: {
        storyIds: stories ? (prepared(db, stories).pluck().all(item.id) as string[]) : [],
        searches: recommendation
          ? (prepared(db, 'SELECT name, story_count AS storyCount FROM recommendation_searches WHERE recommendation_id = ? ORDER BY taken_at').all(item.id) as BundlePlanItem['evidence']['searches'])
          : [],
        themes: recommendation
          ? (prepared(db, 'SELECT theme, parent, story_count AS storyCount FROM recommendation_themes WHERE recommendation_id = ? ORDER BY theme').all(item.id) as BundlePlanItem['evidence']['themes'])
          : [],
      },
    };
  });
}
