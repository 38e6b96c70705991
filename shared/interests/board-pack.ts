/**
 * The advisory board pack: a read-only summary of how the organisation worked in a
 * period, for the board that checks "how we work". Every count in it has already had
 * the small-number rule applied (1 to 7 shown as "*", others to the nearest 5), and the
 * only words of the public in it are quotes people agreed to, anonymised and checked.
 */
import { z } from 'zod';
import { isoDateSchema } from '../capture/story';
import { CHANNELS } from '../capture/vocabulary';
import { CONFLICT_ACTIONS } from './vocabulary';

/** A count as it leaves the laptop: "0", "*", or a multiple of 5. */
const shown = z.string();

export const SHARED_KINDS = ['intelligence', 'recommendation', 'volunteer-pack', 'transfer', 'archive', 'interests-register', 'board-pack'] as const;
export type SharedKind = (typeof SHARED_KINDS)[number];

export const CONFLICT_EVENTS = ['warning', 'acknowledge', 'refusal', 'override', 'reassign'] as const;

export const boardPackRequestSchema = z.object({ from: isoDateSchema, to: isoDateSchema }).strict();

export const boardPackSchema = z
  .object({
    organisation: z.string(),
    from: z.string(),
    to: z.string(),
    madeOn: z.string(),
    smallNumberRule: z.string(),
    stories: z.object({
      heard: shown,
      byChannel: z.array(z.object({ channel: z.enum(CHANNELS), stories: shown })),
      /** By ethnic group (the ONS 2021 top-level groups) from equality monitoring: "Not stated" and "Not asked" too. */
      byCommunity: z.array(z.object({ group: z.string(), stories: shown })),
    }),
    /** What left the laptop, and for whom, from the audit trail. */
    shared: z.array(
      z.object({
        on: z.string(),
        kind: z.enum(SHARED_KINDS),
        recipient: z.string(),
        /** The stories (or, for the register, people) it held, under the small-number rule; null when it holds no such count. */
        items: shown.nullable(),
        electionPeriod: z.string().nullable(),
      }),
    ),
    declarations: z.object({
      made: shown,
      nothingToDeclare: shown,
      interestsDeclared: shown,
      interestsChanged: shown,
      /** People owing a declaration (overdue, or never made) on the day the pack was made. */
      owingOnMadeOn: shown,
    }),
    conflicts: z.object({
      /** Each kind of event, over all work. */
      totals: z.record(z.enum(CONFLICT_EVENTS), shown),
      /** Refusals by the work refused. */
      refusalsByWork: z.array(z.object({ action: z.enum(CONFLICT_ACTIONS), refusals: shown })),
    }),
    elections: z.array(z.object({ name: z.string(), noticeDate: z.string(), pollingDay: z.string(), bundlesDuring: shown })),
    quotes: z.array(z.object({ month: z.string(), text: z.string() })),
  })
  .meta({ title: 'Verbatim advisory board pack', description: 'board-pack.json: how the organisation worked in a period, with small numbers suppressed.' });
export type BoardPack = z.infer<typeof boardPackSchema>;

export const boardPackSavedSchema = z.object({ path: z.string(), manifestSha256: z.string() });
