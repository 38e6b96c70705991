/**
 * One line of a `verbatim add` file: at least `text`; every other field of the
 * story model is optional, with the defaults documented in docs/cli.md. An `id`
 * from the source system makes re-running the same import add nothing twice.
 */
import { z } from 'zod';
import { equalitySchema } from './equality';
import { consentSchema, contactSchema, idSchema, isoDateSchema, safeguardingSchema, storyTextSchema, type NewStory } from './story';
import { CAPTURE_STATUSES, CHANNELS, MAX_STORY_LENGTH, WORDS_KINDS } from './vocabulary';

export const storyLineInputSchema = z
  .object({
    id: z.string().min(1).max(100).optional(),
    text: storyTextSchema,
    wordsKind: z.enum(WORDS_KINDS).default('own-words'),
    language: z.string().min(1).max(100).default('English'),
    interpreter: z.boolean().default(false),
    translation: z.string().max(MAX_STORY_LENGTH).nullable().default(null),
    channel: z.enum(CHANNELS).default('survey-import'),
    eventId: idSchema.nullable().default(null),
    heardOn: isoDateSchema.optional(),
    serviceIds: z.array(idSchema).max(50).default([]),
    // Conservative defaults: kept, but not shared, quoted or followed up unless the line says so.
    consent: consentSchema.default({ keep: true, share: false, quote: false, contact: false }),
    contact: contactSchema.nullable().default(null),
    equality: equalitySchema.default({}),
    safeguarding: safeguardingSchema.default({ flagged: false, action: null, actionBy: null }),
    status: z.enum(CAPTURE_STATUSES).default('submitted'),
  })
  .strict();

export type StoryLineInput = z.infer<typeof storyLineInputSchema>;

export function toNewStory(line: StoryLineInput, today: string): NewStory {
  const { id, heardOn, ...rest } = line;
  return { ...rest, heardOn: heardOn ?? today, draftId: id === undefined ? null : `import:${id}` };
}
