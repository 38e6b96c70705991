/** IPC methods for the story workbench. */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { acknowledgedSchema } from '../interests/schemas';
import { empty } from '../store/contract';
import {
  codeHistorySchema,
  codeNameSchema,
  codeSchema,
  facetCountsSchema,
  passageSchema,
  savedSearchSchema,
  searchPageSchema,
  searchRequestSchema,
  sentimentSchema,
  storyFiltersSchema,
  suggestionSchema,
  tagSchema,
} from './schemas';

const done = z.object({ done: z.literal(true) });

export const workbenchContract = {
  searchStories: { request: searchRequestSchema, response: searchPageSchema },
  countStories: { request: z.object({ query: z.string().max(1000), filters: storyFiltersSchema }).strict(), response: facetCountsSchema },
  listSavedSearches: { request: empty, response: z.array(savedSearchSchema) },
  saveSearch: {
    request: z.object({ name: codeNameSchema, query: z.string().max(1000), filters: storyFiltersSchema }).strict(),
    response: savedSearchSchema,
  },
  deleteSavedSearch: { request: z.object({ id: idSchema }).strict(), response: done },

  listCodes: { request: z.object({ includeRetired: z.boolean() }).strict(), response: z.array(codeSchema) },
  createCode: {
    request: z.object({ name: codeNameSchema, parentId: idSchema.nullable(), description: z.string().max(1000).nullable() }).strict(),
    response: codeSchema,
  },
  renameCode: { request: z.object({ id: idSchema, name: codeNameSchema }).strict(), response: codeSchema },
  moveCode: { request: z.object({ id: idSchema, parentId: idSchema.nullable() }).strict(), response: codeSchema },
  mergeCode: { request: z.object({ fromId: idSchema, intoId: idSchema }).strict(), response: codeSchema },
  retireCode: { request: z.object({ id: idSchema, retired: z.boolean() }).strict(), response: codeSchema },
  codeHistory: { request: z.object({ id: idSchema.optional() }).strict(), response: z.array(codeHistorySchema) },

  listTags: { request: z.object({ storyId: idSchema }).strict(), response: z.array(tagSchema) },
  tagStory: {
    request: z.object({ storyId: idSchema, codeId: idSchema, sentiment: sentimentSchema.nullable(), passage: passageSchema.nullable(), acknowledged: acknowledgedSchema }).strict(),
    response: z.array(tagSchema),
  },
  setTagSentiment: { request: z.object({ tagId: z.number().int(), sentiment: sentimentSchema.nullable(), acknowledged: acknowledgedSchema }).strict(), response: z.array(tagSchema) },
  untag: { request: z.object({ tagId: z.number().int(), acknowledged: acknowledgedSchema }).strict(), response: z.array(tagSchema) },
  setStorySentiment: { request: z.object({ storyId: idSchema, sentiment: sentimentSchema.nullable(), acknowledged: acknowledgedSchema }).strict(), response: done },
  suggestTag: { request: z.object({ storyId: idSchema, codeId: idSchema, sentiment: sentimentSchema.nullable() }).strict(), response: done },
  listSuggestions: {
    request: z.object({ status: z.enum(['pending', 'accepted', 'rejected']), storyId: idSchema.optional() }).strict(),
    response: z.array(suggestionSchema),
  },
  decideSuggestion: { request: z.object({ id: z.number().int(), accept: z.boolean(), acknowledged: acknowledgedSchema }).strict(), response: done },
} as const;
