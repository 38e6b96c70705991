/**
 * Turns the workbench filters, and who is asking, into SQL conditions on
 * `stories s`. Values always travel as bound parameters, never in the SQL text.
 */
import type { StoryFilters } from '../../shared/workbench/schemas';
import type { User } from '../../shared/users/schemas';

export interface SqlConditions {
  where: string[];
  params: Record<string, unknown>;
}

/** Volunteers see a story only once it has checked, anonymised words. */
export const HAS_ANONYMISED_WORDS = 'EXISTS (SELECT 1 FROM story_redactions x WHERE x.story_id = s.id)';

/**
 * `fromAnonymisedIndex`: the stories come from a search of volunteers' index, which
 * holds only stories with anonymised words, so that condition is left to the caller
 * to check on what it shows (checking it for each of 2,000 ranked matches costs more
 * than the search).
 */
export function filterConditions(filters: StoryFilters, viewer: User, currentEventId: string | null, fromAnonymisedIndex = false): SqlConditions {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  let n = 0;
  const list = (values: readonly unknown[]) =>
    values
      .map((value) => {
        const name = `p${n++}`;
        params[name] = value;
        return `@${name}`;
      })
      .join(', ');
  const one = (value: unknown) => list([value]);

  if (filters.codeIds?.length) {
    // A theme matches stories tagged with it or with any of its sub-themes.
    const codes = list(filters.codeIds);
    where.push(
      `EXISTS (SELECT 1 FROM story_tags t JOIN codes c ON c.id = t.code_id WHERE t.story_id = s.id AND (t.code_id IN (${codes}) OR c.parent_id IN (${codes})))`,
    );
  }
  if (filters.sentiments?.length) {
    const rated = filters.sentiments.filter((value) => value !== 'unrated');
    const either = [rated.length ? `s.sentiment IN (${list(rated)})` : null, filters.sentiments.includes('unrated') ? 's.sentiment IS NULL' : null].filter(Boolean);
    where.push(either.length === 1 ? either[0]! : `(${either.join(' OR ')})`);
  }
  if (filters.serviceIds?.length) where.push(`EXISTS (SELECT 1 FROM story_services ss WHERE ss.story_id = s.id AND ss.service_id IN (${list(filters.serviceIds)}))`);
  if (filters.serviceTypes?.length) {
    where.push(
      `EXISTS (SELECT 1 FROM story_services ss JOIN services sv ON sv.id = ss.service_id WHERE ss.story_id = s.id AND sv.type IN (${list(filters.serviceTypes)}))`,
    );
  }
  // With dates heard, the range leads: stories_heard_order holds these columns, so the
  // range's stories are tested in the index. Without ANALYZE's statistics SQLite would
  // rather take "approved" through its own index and read 400,000 stories' dates from
  // the table; the + keeps it off the status, channel and recorder indexes.
  const led = filters.heardFrom || filters.heardTo ? '+' : '';
  if (filters.eventIds?.length) where.push(`s.event_id IN (${list(filters.eventIds)})`);
  if (filters.channels?.length) where.push(`${led}s.channel IN (${list(filters.channels)})`);
  if (filters.statuses?.length) where.push(`${led}s.status IN (${list(filters.statuses)})`);
  if (filters.languages?.length) where.push(`s.language IN (${list(filters.languages)})`);
  if (filters.recorderIds?.length) where.push(`${led}s.recorded_by IN (${list(filters.recorderIds)})`);
  const dates = datesHeard(filters);
  where.push(...dates.where);
  Object.assign(params, dates.params);
  if (filters.safeguarding !== undefined) where.push(`s.safeguarding = ${filters.safeguarding ? 1 : 0}`);
  if (filters.consentShare !== undefined) where.push(`s.consent_share = ${filters.consentShare ? 1 : 0}`);

  // Who may see what, whatever the filters say.
  if (viewer.role === 'outreach') {
    where.push(`(s.recorded_by = ${one(viewer.id)} OR (s.event_id IS NOT NULL AND s.event_id = ${one(currentEventId)}))`);
  }
  if (viewer.role === 'volunteer' && !fromAnonymisedIndex) where.push(HAS_ANONYMISED_WORDS);
  return { where, params };
}

/** The dates-heard conditions of `filters` alone, on `stories s` (also how the search plans judge a range's size). */
export function datesHeard(filters: StoryFilters): SqlConditions {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filters.heardFrom) {
    where.push('s.heard_on >= @heardFrom');
    params.heardFrom = filters.heardFrom;
  }
  if (filters.heardTo) {
    where.push('s.heard_on <= @heardTo');
    params.heardTo = filters.heardTo;
  }
  return { where, params };
}
