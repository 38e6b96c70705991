/** Export profiles: who receives a bundle and the disclosure rules its contents follow. */
import { z } from 'zod';

export const profileNameSchema = z.string().regex(/^[a-z][a-z0-9-]{1,59}$/, { message: 'A profile name is lower-case letters, digits and hyphens' });

export const exportProfileSchema = z
  .object({
    name: profileNameSchema,
    displayName: z.string().min(1).max(100),
    description: z.string().min(1).max(500),
    fields: z
      .object({
        /** The service's name; otherwise only its type goes out. */
        serviceName: z.boolean(),
        channel: z.boolean(),
        /** standard: 0-17, 18-24, ... 85+; wide: 0-17, 18-34, 35-54, 55-74, 75+. */
        ageBand: z.enum(['none', 'standard', 'wide']),
        sex: z.boolean(),
        /** broad: the five top-level ONS 2021 groups. */
        ethnicity: z.enum(['none', 'broad']),
        postcode: z.enum(['none', 'district', 'area']),
      })
      .strict(),
    /** Every combination of released quasi-identifiers is shared by at least k stories. */
    k: z.number().int().min(2).max(100),
    /** Summary counts from 1 to smallNumber - 1 are shown as "<smallNumber". */
    smallNumber: z.number().int().min(2).max(100),
    /** Whether the anonymised words go out (only ever for people who agreed to be quoted). */
    quotes: z.boolean(),
  })
  .strict();
export type ExportProfile = z.infer<typeof exportProfileSchema>;

export const profilesFileSchema = z
  .object({
    source: z.string().min(1),
    profiles: z
      .array(exportProfileSchema)
      .min(1)
      .refine((profiles) => new Set(profiles.map((p) => p.name)).size === profiles.length, { message: 'Profile names must be unique' }),
  })
  .strict();
