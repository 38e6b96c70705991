/**
 * Which stories may leave, read in batches so the database worker keeps answering
 * other requests. A story goes out only with consent to share, status approved, and
 * masks checked for its current words; each story left out is counted once, under the
 * first of these that fails (in the order of LEFT_OUT_REASONS). The words that go out
 * are the current revision with the checked masks replaced: never the original.
 */
import { redact, type PlaceholderBook } from '../../shared/anonymise';
import type { Equality } from '../../shared/capture/equality';
import type { Channel, ServiceType } from '../../shared/capture/vocabulary';
import type { BuildPhase, LeftOut } from '../../shared/export/schemas';
import type { User } from '../../shared/users/schemas';
import type { Sentiment, StoryFilters } from '../../shared/workbench/schemas';
import type { JobContext } from '../jobs/job-context';
import type { MaskService } from '../masks/mask-service';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { filterConditions } from '../workbench/story-filters';

/** Stories read between checkpoints: a few tens of milliseconds of work, so status polls and Cancel wait no longer. */
export const SELECTION_BATCH = 250;

export interface Theme {
  theme: string;
  parent: string | null;
  sentiment: Sentiment | null;
}

/** A story that passed every rule, with its anonymised words (not yet generalised or k-anonymised). */
export interface SelectedStory {
  storyId: string;
  /** Null when the words will not go out (no consent to quote, or a profile without quotes). */
  anonymisedText: string | null;
  consentQuote: boolean;
  heardOn: string;
  channel: Channel;
  sentiment: Sentiment | null;
  themes: Theme[];
  services: { name: string; type: ServiceType }[];
  equality: Equality;
}

export interface Selection {
  matched: number;
  stories: SelectedStory[];
  leftOut: LeftOut;
}

interface CandidateRow {
  seq: number;
  id: string;
  consent_share: number;
  consent_quote: number;
  status: string;
  heard_on: string;
  channel: Channel;
  sentiment: Sentiment | null;
  has_check: number;
}

export const emptyLeftOut = (): LeftOut => ({ noConsentToShare: 0, notApproved: 0, masksNotChecked: 0, masksOutOfDate: 0, suppressedByKAnonymity: 0 });

export async function selectStories(
  db: Db,
  masks: MaskService,
  viewer: User,
  filters: StoryFilters,
  book: PlaceholderBook,
  quotes: boolean,
  context: JobContext,
): Promise<Selection> {
  const { where, params } = filterConditions(filters, viewer, null);
  const conditions = [...where, 's.seq > @afterSeq'].join(' AND ');
  const page = prepared(
    db,
    `SELECT s.seq, s.id, s.consent_share, s.consent_quote, s.status, s.heard_on, s.channel, s.sentiment, c.story_id IS NOT NULL AS has_check
       FROM stories s LEFT JOIN story_mask_checks c ON c.story_id = s.id
      WHERE ${conditions} ORDER BY s.seq LIMIT ${SELECTION_BATCH}`,
  );
  const total = prepared(db, `SELECT count(*) FROM stories s WHERE ${where.length ? where.join(' AND ') : '1'}`).pluck().get(params) as number;
  const themesOf = prepared(
    db,
    `SELECT DISTINCT c.name AS theme, p.name AS parent, t.sentiment FROM story_tags t JOIN codes c ON c.id = t.code_id LEFT JOIN codes p ON p.id = c.parent_id
      WHERE t.story_id = ? ORDER BY c.name, t.sentiment`,
  );
  const servicesOf = prepared(db, 'SELECT sv.name, sv.type FROM story_services ss JOIN services sv ON sv.id = ss.service_id WHERE ss.story_id = ? ORDER BY sv.name');
  const equalityOf = prepared(db, 'SELECT answers FROM story_equality WHERE story_id = ?').pluck();

  const leftOut = emptyLeftOut();
  const stories: SelectedStory[] = [];
  let afterSeq = 0;
  let done = 0;
  context.progress(0, total, 'selecting' satisfies BuildPhase);
  for (;;) {
    const rows = page.all({ ...params, afterSeq }) as CandidateRow[];
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.consent_share !== 1) leftOut.noConsentToShare++;
      else if (row.status !== 'approved') leftOut.notApproved++;
      else if (row.has_check !== 1) leftOut.masksNotChecked++;
      else {
        const checked = masks.checkedMasks(row.id);
        if (!checked) leftOut.masksOutOfDate++;
        else {
          const answers = equalityOf.get(row.id) as string | undefined;
          stories.push({
            storyId: row.id,
            anonymisedText: quotes && row.consent_quote === 1 ? redact(checked.text, checked.masks, book).text : null,
            consentQuote: row.consent_quote === 1,
            heardOn: row.heard_on,
            channel: row.channel,
            sentiment: row.sentiment,
            themes: themesOf.all(row.id) as Theme[],
            services: servicesOf.all(row.id) as SelectedStory['services'],
            equality: answers ? (JSON.parse(answers) as Equality) : {},
          });
        }
      }
    }
    done += rows.length;
    afterSeq = rows.at(-1)!.seq;
    context.progress(done, total, 'selecting' satisfies BuildPhase);
    await context.checkpoint();
  }
  return { matched: done, stories, leftOut };
}
