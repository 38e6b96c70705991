/** Transfer files between laptops: requests, the preview and report, and conflicts. */
import { z } from 'zod';
import { absolutePathSchema } from '../files/paths';
import { newPassphraseSchema, passphraseSchema } from '../store/schemas';

/** A story's columns, beside its words, that a transfer compares (consent, status, translation...). */
export const STORY_FIELD_COLUMNS = [
  'words_kind',
  'language',
  'interpreter',
  'translation',
  'channel',
  'event_id',
  'heard_on',
  'consent_share',
  'consent_quote',
  'consent_contact',
  'safeguarding',
  'safeguarding_action',
  'safeguarding_by',
  'status',
  'sentiment',
  'return_reason',
] as const;

/** What can differ between the two sides of a conflict. */
export const CONFLICT_FIELDS = [...STORY_FIELD_COLUMNS, 'contact', 'equality', 'services', 'words'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const transferExportRequestSchema = z
  .object({
    path: absolutePathSchema,
    /** Never stored: the person who imports the file types it again. */
    passphrase: newPassphraseSchema,
    since: dateSchema.nullable().default(null),
  })
  .strict();

export const transferImportRequestSchema = z.object({ path: absolutePathSchema, passphrase: passphraseSchema }).strict();

export const transferCountsSchema = z.record(z.string(), z.number().int().nonnegative());

/** The job result of startTransferExport. */
export const transferExportResultSchema = z.object({ path: z.string(), counts: transferCountsSchema, sha256: z.string() });
export type TransferExportResult = z.infer<typeof transferExportResultSchema>;

const storyCountsSchema = z.object({
  new: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  conflicting: z.number().int().nonnegative(),
  /** Deleted on this laptop (perhaps at the person's request): never brought back. */
  deleted: z.number().int().nonnegative(),
});

/** The preview (before anything is written) and the report (the job result of startTransferImport) share one shape. */
export const transferReportSchema = z.object({
  fileSha256: z.string(),
  device: z.string(),
  organisation: z.string(),
  createdAt: z.string(),
  stories: storyCountsSchema,
  toCreate: z.object({
    people: z.number().int().nonnegative(),
    services: z.number().int().nonnegative(),
    events: z.number().int().nonnegative(),
    codes: z.number().int().nonnegative(),
  }),
  /** Field audit entries kept (0 in a preview). */
  auditEntries: z.number().int().nonnegative(),
  conflicts: z.array(z.object({ storyId: z.string(), words: z.boolean(), fields: z.array(z.enum(CONFLICT_FIELDS)) })),
});
export type TransferReport = z.infer<typeof transferReportSchema>;

export const transferConflictSchema = z.object({
  id: z.number().int().positive(),
  storyId: z.string(),
  /** The story's first words (as held here), to recognise it by. */
  excerpt: z.string(),
  sourceDevice: z.string(),
  kind: z.enum(['words', 'fields']),
  /** words: the office's current revision and the field's, as numbered here. */
  officeRevision: z.number().int().nullable(),
  fieldRevision: z.number().int().nullable(),
  differing: z.array(z.enum(CONFLICT_FIELDS)),
  importedAt: z.string(),
});
export type TransferConflict = z.infer<typeof transferConflictSchema>;

export const resolveConflictRequestSchema = z.object({ id: z.number().int().positive(), keep: z.enum(['office', 'field']) }).strict();
