/** IPC methods for volunteer review packs (office and volunteer sides) and the whole-store archive. */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { STORY_STATUSES } from '../capture/vocabulary';
import { absolutePathSchema } from '../files/paths';
import { empty } from '../store/contract';
import { passphraseSchema } from '../store/schemas';
import { sentimentSchema } from '../workbench/schemas';
import {
  issuedPackSchema,
  MAX_PACK_STORIES,
  packCandidateSchema,
  packIdSchema,
  packNoteRowSchema,
  packNoteSchema,
  packRefSchema,
  packStoriesSchema,
  receivedPackSchema,
  resultsImportSchema,
  suggestedThemeSchema,
} from './schemas';

const jobStarted = z.object({ jobId: z.string() });

export const packsContract = {
  // The office: staff and administrators.
  listPackCandidates: {
    request: z.object({ status: z.enum(STORY_STATUSES).optional(), limit: z.number().int().min(1).max(MAX_PACK_STORIES).default(100) }).strict(),
    response: z.array(packCandidateSchema),
  },
  issuePack: {
    request: z.object({ volunteerId: idSchema, storyIds: z.array(idSchema).min(1).max(MAX_PACK_STORIES), outPath: absolutePathSchema }).strict(),
    response: z.object({ packId: packIdSchema, stories: z.number().int() }),
  },
  listIssuedPacks: { request: empty, response: z.array(issuedPackSchema) },
  listPackNotes: { request: z.object({ packId: packIdSchema }).strict(), response: z.array(packNoteRowSchema) },
  importPackResults: { request: z.object({ path: absolutePathSchema }).strict(), response: resultsImportSchema },
  // A volunteer's own Verbatim.
  importPack: {
    request: z.object({ path: absolutePathSchema }).strict(),
    response: z.object({ pack: receivedPackSchema, alreadyImported: z.boolean() }),
  },
  listReceivedPacks: { request: empty, response: z.array(receivedPackSchema) },
  getPackStories: { request: z.object({ packId: packIdSchema }).strict(), response: packStoriesSchema },
  savePackSuggestions: {
    request: z
      .object({
        packId: packIdSchema,
        ref: packRefSchema,
        themes: z.array(suggestedThemeSchema).max(200),
        sentiment: sentimentSchema.nullable(),
        note: packNoteSchema.nullable(),
      })
      .strict(),
    response: packStoriesSchema,
  },
  makePackResults: {
    request: z.object({ packId: packIdSchema, outPath: absolutePathSchema }).strict(),
    response: z.object({ stories: z.number().int(), themes: z.number().int() }),
  },
  // The whole-store archive: administrators, after re-entering the passphrase.
  exportArchive: {
    request: z.object({ outPath: absolutePathSchema, passphrase: passphraseSchema, understood: z.literal(true) }).strict(),
    response: jobStarted,
  },
} as const;

/** What a finished archive job reports (the job status carries it as `result`). */
export const archiveResultSchema = z.object({ tables: z.number().int(), rows: z.number().int(), manifestSha256: z.string() });
export type ArchiveResult = z.infer<typeof archiveResultSchema>;
