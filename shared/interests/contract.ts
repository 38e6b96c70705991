/** IPC methods for the register of interests, conflicts of interest, the published register and the advisory board pack. */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../capture/story';
import { absolutePathSchema } from '../files/paths';
import { empty } from '../store/contract';
import { boardPackRequestSchema, boardPackSavedSchema, boardPackSchema } from './board-pack';
import { publishResultSchema } from './published';
import {
  aboutSchema,
  candidateSchema,
  conflictActionSchema,
  conflictCheckSchema,
  givenWorkSchema,
  interestInputSchema,
  openRefusalSchema,
  overdueCountSchema,
  overrideInputSchema,
  reassignInputSchema,
  registerEntrySchema,
  registerPersonInputSchema,
  registerSummarySchema,
  subjectSchema,
} from './schemas';

const done = z.object({ done: z.literal(true) });
const person = z.object({ personId: idSchema }).strict();

export const interestsContract = {
  /** Anyone signed in: their own entry on the register. */
  getMyRegister: { request: empty, response: registerEntrySchema },
  /** Administrators: everyone on the register. */
  listRegister: { request: empty, response: z.array(registerSummarySchema) },
  /** Their own, or anyone's for an administrator. */
  getRegisterEntry: { request: person, response: registerEntrySchema },
  addRegisterPerson: { request: registerPersonInputSchema, response: registerEntrySchema },
  leaveRegister: { request: person, response: z.array(registerSummarySchema) },
  declareInterest: { request: z.object({ personId: idSchema, interest: interestInputSchema }).strict(), response: registerEntrySchema },
  updateInterest: { request: z.object({ id: idSchema, interest: interestInputSchema }).strict(), response: registerEntrySchema },
  /** Confirms the interests on the register are complete (or that there is nothing to declare): a declaration made today. */
  confirmDeclaration: { request: person, response: registerEntrySchema },
  /** Administrators: how many people owe a declaration (their home screen's notice). */
  countOwingDeclarations: { request: empty, response: overdueCountSchema },

  /**
   * The signed-in person's declarations about a piece of work, shown before they go on (audited). `sampleId`: in a double-coding sample.
   * `about`: what the work will also be about once saved (a report or recommendation being written); `subject` is null for a report not yet made.
   */
  checkConflicts: {
    request: z.object({ action: conflictActionSchema, subject: subjectSchema.nullable(), sampleId: idSchema.nullable().default(null), about: aboutSchema.nullable().default(null) }).strict(),
    response: conflictCheckSchema,
  },
  listOpenRefusals: { request: empty, response: z.array(openRefusalSchema) },
  listConflictCandidates: { request: z.object({ action: conflictActionSchema, subject: subjectSchema, exceptUserId: idSchema }).strict(), response: z.array(candidateSchema) },
  reassignWork: { request: reassignInputSchema, response: done },
  overrideConflict: { request: overrideInputSchema, response: done },
  listGivenToMe: { request: empty, response: z.array(givenWorkSchema) },

  publishRegister: { request: z.object({ path: absolutePathSchema }).strict(), response: publishResultSchema },
  getBoardPack: { request: boardPackRequestSchema, response: boardPackSchema },
  saveBoardPack: { request: z.object({ from: isoDateSchema, to: isoDateSchema, path: absolutePathSchema }).strict(), response: boardPackSavedSchema },
} as const;
