/**
 * The register of interests as the organisation publishes it (register.json in the
 * signed bundle): names and interests, never contact details or anything else about
 * the people.
 */
import { z } from 'zod';
import { CAPACITIES, CONFLICT_ACTIONS, INTEREST_KINDS } from './vocabulary';

export const publishedInterestSchema = z.object({
  kind: z.enum(INTEREST_KINDS),
  /** The service, organisation or other body it concerns, by name. */
  with: z.string(),
  withKind: z.enum(['service', 'organisation', 'other']),
  description: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  management: z.string(),
  /** The work the person does not do on it. */
  mustNot: z.array(z.enum(CONFLICT_ACTIONS)),
});
export type PublishedInterest = z.infer<typeof publishedInterestSchema>;

export const publishedPersonSchema = z.object({
  name: z.string(),
  capacity: z.enum(CAPACITIES),
  lastDeclaredOn: z.string().nullable(),
  /** current: declared in the last 12 months; overdue: longer ago; never: no declaration yet. */
  declaration: z.enum(['never', 'current', 'overdue']),
  /** Interests running on the day of publication or later, and those that ended in the 12 months before. */
  interests: z.array(publishedInterestSchema),
});
export type PublishedPerson = z.infer<typeof publishedPersonSchema>;

export const publishedRegisterSchema = z
  .object({
    organisation: z.string(),
    publishedOn: z.string(),
    people: z.array(publishedPersonSchema),
  })
  .meta({ title: 'Verbatim register of interests', description: 'register.json: the published register of interests of one organisation on one day.' });
export type PublishedRegister = z.infer<typeof publishedRegisterSchema>;

export const publishResultSchema = z.object({
  path: z.string(),
  people: z.number().int().nonnegative(),
  interests: z.number().int().nonnegative(),
  manifestSha256: z.string(),
});
export type PublishResult = z.infer<typeof publishResultSchema>;
