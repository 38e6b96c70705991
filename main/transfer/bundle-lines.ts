/**
 * What a transfer file holds: a manifest and one JSON-lines file per table, each
 * line one row with the store's own column names (every column, so that nothing
 * is lost on the way). Every line is checked against these schemas on import.
 */
import { z } from 'zod';

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);
const when = z.string().min(10).max(40);
const flag = z.union([z.literal(0), z.literal(1)]);
const sha = z.string().regex(/^[0-9a-f]{64}$/);
const sentiment = z.enum(['positive', 'negative', 'neutral', 'mixed']).nullable();

export const storyLineSchema = z
  .object({
    id,
    draft_id: id.nullable(),
    words_kind: z.enum(['own-words', 'recorder-summary']),
    language: text(100),
    interpreter: flag,
    translation: text(1_000_000).nullable(),
    channel: text(100),
    event_id: id.nullable(),
    heard_on: text(40),
    recorded_by: id,
    device_id: text(200),
    consent_keep: z.literal(1),
    consent_share: flag,
    consent_quote: flag,
    consent_contact: flag,
    safeguarding: flag,
    safeguarding_action: text(100_000).nullable(),
    safeguarding_by: text(200).nullable(),
    status: text(100),
    current_revision: z.number().int().positive(),
    created_at: when,
    updated_at: when,
    sentiment,
    return_reason: text(100_000).nullable(),
  })
  .strict();

export const revisionLineSchema = z
  .object({
    story_id: id,
    revision: z.number().int().positive(),
    text: text(1_000_000),
    sha256: sha,
    reason: text(10_000).nullable(),
    revised_by: id,
    revised_at: when,
  })
  .strict();

export const storyServiceLineSchema = z.object({ story_id: id, service_id: id }).strict();

export const contactLineSchema = z
  .object({ story_id: id, name: text(1000).nullable(), phone: text(200).nullable(), email: text(1000).nullable(), created_at: when })
  .strict();

export const equalityLineSchema = z.object({ story_id: id, answers: text(100_000) }).strict();

export const eventLineSchema = z
  .object({ id, name: text(1000), held_on: text(40), place: text(1000), partner: text(1000).nullable(), created_by: id, created_at: when })
  .strict();

export const serviceLineSchema = z
  .object({
    id,
    name: text(1000),
    type: text(200),
    ods_code: text(50).nullable(),
    cqc_location_id: text(50).nullable(),
    created_at: when,
    retired_at: when.nullable(),
  })
  .strict();

/** People referenced by the stories: never their PIN. */
export const userLineSchema = z.object({ id, name: text(1000), role: z.enum(['outreach', 'staff', 'volunteer', 'admin']) }).strict();

export const codeLineSchema = z
  .object({
    id,
    key: text(200).nullable(),
    parent_id: id.nullable(),
    name: text(1000),
    description: text(100_000).nullable(),
    position: z.number().int(),
    retired_at: when.nullable(),
    created_at: when,
  })
  .strict();

export const tagLineSchema = z
  .object({
    story_id: id,
    code_id: id,
    sentiment,
    start: z.number().int().nonnegative().nullable(),
    end: z.number().int().positive().nullable(),
    revision: z.number().int().positive().nullable(),
    tagged_by: id,
    tagged_at: when,
  })
  .strict();

export const maskLineSchema = z
  .object({
    story_id: id,
    revision: z.number().int().positive(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    type: text(100),
    origin: z.enum(['detected', 'added']),
    confidence: z.enum(['high', 'low']),
    rule: text(200),
  })
  .strict();

export const maskCheckLineSchema = z
  .object({ story_id: id, revision: z.number().int().positive(), text_sha256: sha, masks_sha256: sha, checked_by: id, checked_at: when })
  .strict();

export const redactionLineSchema = z.object({ story_id: id, revision: z.number().int().positive(), text: text(1_000_000) }).strict();

export const auditLineSchema = z
  .object({
    seq: z.number().int().positive(),
    at: when,
    actor_id: id.nullable(),
    actor_name: text(1000).nullable(),
    action: text(100),
    entity_type: text(100),
    entity_id: id.nullable(),
    details: text(1_000_000),
    prev_hash: sha,
    hash: sha,
  })
  .strict();

/** Each file in the zip and the schema of its lines, in the order they are read. */
export const BUNDLE_FILES = {
  users: { file: 'users.jsonl', schema: userLineSchema },
  services: { file: 'services.jsonl', schema: serviceLineSchema },
  events: { file: 'events.jsonl', schema: eventLineSchema },
  codes: { file: 'codes.jsonl', schema: codeLineSchema },
  stories: { file: 'stories.jsonl', schema: storyLineSchema },
  revisions: { file: 'revisions.jsonl', schema: revisionLineSchema },
  storyServices: { file: 'story-services.jsonl', schema: storyServiceLineSchema },
  contacts: { file: 'contacts.jsonl', schema: contactLineSchema },
  equality: { file: 'equality.jsonl', schema: equalityLineSchema },
  tags: { file: 'tags.jsonl', schema: tagLineSchema },
  masks: { file: 'masks.jsonl', schema: maskLineSchema },
  maskChecks: { file: 'mask-checks.jsonl', schema: maskCheckLineSchema },
  redactions: { file: 'redactions.jsonl', schema: redactionLineSchema },
  audit: { file: 'audit.jsonl', schema: auditLineSchema },
} as const;

export type BundleTable = keyof typeof BUNDLE_FILES;
export type BundleRows = { [T in BundleTable]: z.infer<(typeof BUNDLE_FILES)[T]['schema']>[] };
export type StoryLine = z.infer<typeof storyLineSchema>;
export type RevisionLine = z.infer<typeof revisionLineSchema>;
export type ServiceLine = z.infer<typeof serviceLineSchema>;
export type CodeLine = z.infer<typeof codeLineSchema>;
export type TagLine = z.infer<typeof tagLineSchema>;

export const BUNDLE_TABLES = Object.keys(BUNDLE_FILES) as BundleTable[];

export const MANIFEST_FILE = 'manifest.json';

export const manifestSchema = z
  .object({
    format: z.literal('verbatim-transfer-contents'),
    formatVersion: z.literal(1),
    deviceId: text(200).min(1),
    organisation: text(200),
    createdAt: when,
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    counts: z.record(z.enum(BUNDLE_TABLES as [BundleTable, ...BundleTable[]]), z.number().int().nonnegative()),
    files: z.record(z.string(), z.object({ sha256: sha, bytes: z.number().int().nonnegative() }).strict()),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;
