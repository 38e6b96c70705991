/**
 * Volunteer review packs and their results, as they cross IPC and as they sit in
 * the bundle files. A pack holds anonymised words only, under pack references
 * ("S001"), never a story's id.
 */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { STORY_STATUSES } from '../capture/vocabulary';
import { sentimentSchema } from '../workbench/schemas';

export const packRefSchema = z.string().regex(/^S\d{3,6}$/);
export const packIdSchema = z.string().regex(/^pack-[0-9a-f]{16}$/);
const codeIdSchema = z.string().min(1).max(100);
const monthSchema = z.string().regex(/^\d{4}-\d{2}$/);
export const packNoteSchema = z.string().max(4000);

/** packs/pack.json inside a 'volunteer-pack' bundle. */
export const packFileSchema = z
  .object({
    packId: packIdSchema,
    volunteerName: z.string().min(1).max(200),
    issuedAt: z.string().datetime(),
    issuedByName: z.string().min(1).max(200),
    stories: z
      .array(z.object({ ref: packRefSchema, text: z.string().max(200_000), language: z.string().min(1).max(100), heardMonth: monthSchema }).strict())
      .min(1)
      .max(500),
    codebook: z
      .array(
        z
          .object({ id: codeIdSchema, name: z.string().min(1).max(200), parentId: codeIdSchema.nullable(), retired: z.boolean(), position: z.number().int() })
          .strict(),
      )
      .max(2000),
  })
  .strict();
export type PackFile = z.infer<typeof packFileSchema>;

export const suggestedThemeSchema = z.object({ codeId: codeIdSchema, sentiment: sentimentSchema.nullable() }).strict();

/** results.json inside a 'volunteer-results' bundle. */
export const resultsFileSchema = z
  .object({
    packId: packIdSchema,
    volunteerName: z.string().min(1).max(200),
    madeAt: z.string().datetime(),
    stories: z
      .array(
        z
          .object({
            ref: packRefSchema,
            sentiment: sentimentSchema.nullable(),
            note: packNoteSchema.nullable(),
            themes: z.array(suggestedThemeSchema.extend({ suggestedAt: z.string().datetime() }).strict()).max(200),
          })
          .strict(),
      )
      .max(500),
  })
  .strict();
export type ResultsFile = z.infer<typeof resultsFileSchema>;

export const MAX_PACK_STORIES = 500;

export const packCandidateSchema = z.object({
  id: idSchema,
  heardOn: z.string(),
  status: z.enum(STORY_STATUSES),
  excerpt: z.string(),
  inPacks: z.number().int().nonnegative(),
});
export type PackCandidate = z.infer<typeof packCandidateSchema>;

export const issuedPackSchema = z.object({
  id: packIdSchema,
  volunteerName: z.string(),
  issuedAt: z.string(),
  issuedByName: z.string(),
  stories: z.number().int().nonnegative(),
  suggestionsImported: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
});
export type IssuedPack = z.infer<typeof issuedPackSchema>;

export const receivedPackSchema = z.object({
  id: packIdSchema,
  organisation: z.string(),
  keyFingerprint: z.string(),
  volunteerName: z.string(),
  issuedAt: z.string(),
  issuedByName: z.string(),
  stories: z.number().int().nonnegative(),
  storiesWithSuggestions: z.number().int().nonnegative(),
});
export type ReceivedPack = z.infer<typeof receivedPackSchema>;

export const packStorySchema = z.object({
  ref: packRefSchema,
  text: z.string(),
  language: z.string(),
  heardMonth: z.string(),
  sentiment: sentimentSchema.nullable(),
  note: z.string().nullable(),
  themes: z.array(suggestedThemeSchema),
});
export type PackStory = z.infer<typeof packStorySchema>;

export const packCodeSchema = z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable(), retired: z.boolean() });
export type PackCode = z.infer<typeof packCodeSchema>;

export const packStoriesSchema = z.object({ pack: receivedPackSchema, stories: z.array(packStorySchema), codebook: z.array(packCodeSchema) });
export type PackStories = z.infer<typeof packStoriesSchema>;

export const resultsImportSchema = z.object({
  packId: packIdSchema,
  volunteerName: z.string(),
  added: z.number().int().nonnegative(),
  alreadyImported: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
});
export type ResultsImport = z.infer<typeof resultsImportSchema>;

/** A volunteer's overall sentiment and note on one story, as brought back from their results. */
export const packNoteRowSchema = z.object({
  ref: packRefSchema,
  storyId: idSchema,
  excerpt: z.string(),
  sentiment: sentimentSchema.nullable(),
  note: z.string().nullable(),
});
export type PackNoteRow = z.infer<typeof packNoteRowSchema>;
