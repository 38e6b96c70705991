/**
 * The figures behind the advisory board pack, exact, as read from the store and the
 * audit trail for a period (days as the audit trail records them, in UTC). The pack
 * applies the small-number rule to every one of them before anything is shown.
 */
import { randomBytes } from 'node:crypto';
import { PlaceholderBook, dateToMonth, ethnicityToBroadGroup, redact } from '../../shared/anonymise';
import { PREFER_NOT_TO_SAY } from '../../shared/capture/equality';
import type { Channel } from '../../shared/capture/vocabulary';
import { CONFLICT_EVENTS, type SharedKind } from '../../shared/interests/board-pack';
import type { ConflictAction } from '../../shared/interests/vocabulary';
import type { MaskService } from '../masks/mask-service';
import { nodeHmacSha256 } from '../masks/node-hmac';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

export interface Period {
  from: string;
  to: string;
}

/** How many consented, anonymised quotes a pack carries. */
export const PACK_QUOTES = 5;
const NOT_ASKED = 'Not asked';
const NOT_STATED = 'Not stated';

const IN_PERIOD = 'substr(at, 1, 10) BETWEEN @from AND @to';

interface AuditRow {
  action: string;
  at: string;
  details: string;
}

export interface SharedFact {
  on: string;
  kind: SharedKind;
  recipient: string;
  items: number | null;
  electionPeriod: string | null;
}

export function storiesHeard(db: Db, period: Period) {
  const byChannel = prepared(db, 'SELECT channel, count(*) AS n FROM stories WHERE heard_on BETWEEN @from AND @to GROUP BY channel ORDER BY channel').all(period) as Array<{
    channel: Channel;
    n: number;
  }>;
  const byEthnicity = prepared(
    db,
    `SELECT json_extract(e.answers, '$.ethnicity') AS ethnicity, count(*) AS n
       FROM stories s LEFT JOIN story_equality e ON e.story_id = s.id WHERE s.heard_on BETWEEN @from AND @to GROUP BY ethnicity`,
  ).all(period) as Array<{ ethnicity: string | null; n: number }>;
  const byCommunity = new Map<string, number>();
  for (const row of byEthnicity) {
    const group = row.ethnicity === null ? NOT_ASKED : row.ethnicity === PREFER_NOT_TO_SAY ? NOT_STATED : ethnicityToBroadGroup(row.ethnicity.replace(/-/g, ' '));
    byCommunity.set(group, (byCommunity.get(group) ?? 0) + row.n);
  }
  return {
    heard: byChannel.reduce((sum, row) => sum + row.n, 0),
    byChannel: byChannel.map((row) => ({ channel: row.channel, stories: row.n })),
    byCommunity: [...byCommunity].sort((a, b) => a[0].localeCompare(b[0], 'en')).map(([group, stories]) => ({ group, stories })),
  };
}

const numberIn = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Everything that left the laptop in the period, and for whom, from the audit trail (the bundles' entries name their recipients and counts). */
export function sharedInPeriod(db: Db, period: Period): SharedFact[] {
  const rows = prepared(
    db,
    `SELECT action, at, details FROM audit_log
      WHERE entity_type IN ('bundle', 'recommendation', 'pack', 'transfer', 'store')
        AND action IN ('export.intelligence', 'recommendation.send', 'pack.issue', 'transfer.export', 'archive.export', 'register.publish', 'board-pack.save')
        AND ${IN_PERIOD} ORDER BY seq`,
  ).all(period) as AuditRow[];
  const organisation = prepared(db, 'SELECT name FROM stakeholders WHERE id = ?').pluck();
  return rows.map((row): SharedFact => {
    const d = JSON.parse(row.details) as Record<string, unknown>;
    const on = row.at.slice(0, 10);
    const base = { on, electionPeriod: null };
    switch (row.action) {
      case 'export.intelligence':
        return { ...base, kind: 'intelligence', recipient: String(d.recipient ?? ''), items: numberIn(d.included), electionPeriod: typeof d.electionPeriod === 'string' ? d.electionPeriod : null };
      case 'recommendation.send': {
        const evidence = (d.evidence ?? {}) as Record<string, unknown>;
        return { ...base, kind: 'recommendation', recipient: (organisation.get(d.stakeholderId) as string | undefined) ?? '', items: numberIn(evidence.stories) };
      }
      case 'pack.issue':
        return { ...base, kind: 'volunteer-pack', recipient: 'A volunteer (anonymised stories only)', items: numberIn(d.stories) };
      case 'transfer.export':
        return { ...base, kind: 'transfer', recipient: 'Another of our laptops (encrypted)', items: numberIn((d.counts as Record<string, unknown> | undefined)?.stories) };
      case 'archive.export':
        return { ...base, kind: 'archive', recipient: 'Kept by the organisation (the whole store)', items: null };
      case 'register.publish':
        return { ...base, kind: 'interests-register', recipient: 'The public', items: numberIn(d.people) };
      default:
        return { ...base, kind: 'board-pack', recipient: 'The advisory board', items: null };
    }
  });
}

export function declarationsInPeriod(db: Db, period: Period) {
  const made = prepared(db, 'SELECT count(*) AS made, coalesce(sum(nothing_to_declare), 0) AS nothing_count FROM interest_declarations WHERE declared_on BETWEEN @from AND @to').get(period) as {
    made: number;
    nothing_count: number;
  };
  const changes = prepared(db, `SELECT action, count(*) AS n FROM audit_log WHERE entity_type = 'register' AND action IN ('interest.declare', 'interest.change') AND ${IN_PERIOD} GROUP BY action`).all(
    period,
  ) as Array<{ action: string; n: number }>;
  const count = (action: string) => changes.find((c) => c.action === action)?.n ?? 0;
  return { made: made.made, nothingToDeclare: made.nothing_count, interestsDeclared: count('interest.declare'), interestsChanged: count('interest.change') };
}

/** How conflicts were managed: declarations shown before work, acknowledged, work refused, allowed with a reason, given to someone else. */
export function conflictsInPeriod(db: Db, period: Period) {
  const rows = prepared(db, `SELECT action, details FROM audit_log WHERE entity_type = 'conflict' AND ${IN_PERIOD}`).all(period) as Array<Omit<AuditRow, 'at'>>;
  const totals = Object.fromEntries(CONFLICT_EVENTS.map((event) => [event, rows.filter((r) => r.action === `conflict.${event}`).length])) as Record<(typeof CONFLICT_EVENTS)[number], number>;
  const refusals = new Map<ConflictAction, number>();
  for (const row of rows.filter((r) => r.action === 'conflict.refusal')) {
    const action = (JSON.parse(row.details) as { action: ConflictAction }).action;
    refusals.set(action, (refusals.get(action) ?? 0) + 1);
  }
  return { totals, refusalsByWork: [...refusals].map(([action, n]) => ({ action, refusals: n })) };
}

/** The pre-election periods the period overlaps, and how many intelligence bundles went out in each. */
export function electionsInPeriod(db: Db, period: Period, shared: readonly SharedFact[]) {
  const rows = prepared(
    db,
    'SELECT name, notice_date, polling_day FROM election_periods WHERE removed_at IS NULL AND notice_date <= @to AND polling_day >= @from ORDER BY notice_date',
  ).all(period) as Array<{ name: string; notice_date: string; polling_day: string }>;
  return rows.map((row) => ({
    name: row.name,
    noticeDate: row.notice_date,
    pollingDay: row.polling_day,
    bundlesDuring: shared.filter((s) => s.kind === 'intelligence' && s.electionPeriod === row.name).length,
  }));
}

/**
 * A few stories heard in the period whose teller agreed to be quoted and shared, approved
 * and with masks checked for their current words: anonymised with those masks and a
 * fresh key, as an intelligence bundle's quotes are. Nothing else of the public's words.
 */
export function quotesInPeriod(db: Db, masks: MaskService, period: Period): { month: string; text: string }[] {
  const candidates = prepared(
    db,
    `SELECT id, heard_on FROM stories WHERE heard_on BETWEEN @from AND @to AND consent_quote = 1 AND consent_share = 1 AND status = 'approved'
      ORDER BY heard_on DESC, id LIMIT 200`,
  ).all(period) as Array<{ id: string; heard_on: string }>;
  const book = new PlaceholderBook(new Uint8Array(randomBytes(32)), nodeHmacSha256);
  const quotes: { month: string; text: string }[] = [];
  for (const story of candidates) {
    const checked = masks.checkedMasks(story.id);
    if (!checked) continue;
    quotes.push({ month: dateToMonth(story.heard_on) ?? story.heard_on.slice(0, 7), text: redact(checked.text, checked.masks, book).text });
    if (quotes.length === PACK_QUOTES) break;
  }
  return quotes;
}
