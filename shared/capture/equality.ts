/**
 * Optional equality monitoring. Every question can be left unasked (absent) or
 * answered "prefer not to say". Categories follow the ONS 2021 Census for England.
 */
import { z } from 'zod';

export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

export const AGE_BANDS = ['under-18', '18-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85-plus'] as const;
export const SEXES = ['female', 'male'] as const;
/** ONS 2021: "Is the gender you identify with the same as your sex registered at birth?" */
export const GENDER_SAME_AS_BIRTH = ['yes', 'no'] as const;
export const ETHNICITIES = [
  'asian-bangladeshi',
  'asian-chinese',
  'asian-indian',
  'asian-pakistani',
  'asian-other',
  'black-african',
  'black-caribbean',
  'black-other',
  'mixed-white-asian',
  'mixed-white-black-african',
  'mixed-white-black-caribbean',
  'mixed-other',
  'white-english-welsh-scottish-northern-irish-british',
  'white-irish',
  'white-gypsy-irish-traveller',
  'white-roma',
  'white-other',
  'other-arab',
  'other-any',
] as const;
export const YES_NO = ['yes', 'no'] as const;
export const SEXUAL_ORIENTATIONS = ['straight-heterosexual', 'gay-lesbian', 'bisexual', 'other'] as const;
export const RELIGIONS = ['no-religion', 'christian', 'buddhist', 'hindu', 'jewish', 'muslim', 'sikh', 'other'] as const;

const answer = <T extends readonly [string, ...string[]]>(values: T) => z.enum([...values, PREFER_NOT_TO_SAY] as [string, ...string[]]).optional();

/** The outward code of a UK postcode (e.g. W9, SW1A, NW10), or "prefer not to say". */
export const OUTWARD_CODE = /^(GIR|[A-Z]{1,2}[0-9][A-Z0-9]?)$/;

export const equalitySchema = z
  .object({
    ageBand: answer(AGE_BANDS),
    sex: answer(SEXES),
    genderSameAsBirth: answer(GENDER_SAME_AS_BIRTH),
    ethnicity: answer(ETHNICITIES),
    disability: answer(YES_NO),
    carer: answer(YES_NO),
    sexualOrientation: answer(SEXUAL_ORIENTATIONS),
    religion: answer(RELIGIONS),
    /** As the person said it, e.g. "Bengali (Sylheti)". */
    firstLanguage: z.string().max(100).optional(),
    postcodeDistrict: z
      .string()
      .refine((value) => value === PREFER_NOT_TO_SAY || OUTWARD_CODE.test(value), {
        message: 'Only the first part of a postcode (for example W9) is kept',
      })
      .optional(),
  })
  .strict();
export type Equality = z.infer<typeof equalitySchema>;

export const EQUALITY_FIELDS = Object.keys(equalitySchema.shape) as Array<keyof Equality>;
