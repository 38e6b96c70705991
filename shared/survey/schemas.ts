/** What crosses IPC for a survey import: the column mapping, its options and the answers. */
import { z } from 'zod';
import { equalitySchema } from '../capture/equality';

/** An absolute file path, as the file field or the desktop dialog gives it. */
export const filePathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'), { message: 'Give the full path to the file' });

/** A column by its position in the header (0 is the first column). */
const columnSchema = z.number().int().min(0).max(9_999);

export const DEFAULT_YES_VALUES = ['yes', 'y', 'true', '1', 'agree', 'agreed', 'i agree'] as const;

/** A consent column and the answers in it that mean yes; anything else means no. */
const consentColumnSchema = z
  .object({
    column: columnSchema,
    yesValues: z.array(z.string().min(1).max(100)).min(1).max(30),
  })
  .strict();

export const surveyMappingSchema = z
  .object({
    /** The person's words: stored exactly as the cell holds them. */
    text: columnSchema,
    date: columnSchema,
    service: columnSchema.nullable(),
    consentShare: consentColumnSchema.nullable(),
    consentQuote: consentColumnSchema.nullable(),
    age: columnSchema.nullable(),
    sex: columnSchema.nullable(),
    ethnicity: columnSchema.nullable(),
    postcode: columnSchema.nullable(),
    language: columnSchema.nullable(),
  })
  .strict();
export type SurveyMapping = z.infer<typeof surveyMappingSchema>;
export type MappedField = keyof SurveyMapping;

export const surveyOptionsSchema = z
  .object({
    /** A service name or ODS code that matches nothing in the register: a problem, or no service. */
    unmatchedService: z.enum(['problem', 'leave-empty']),
    /** The language of answers with no language column, or a blank one. */
    defaultLanguage: z.string().min(1).max(100),
  })
  .strict();
export type SurveyOptions = z.infer<typeof surveyOptionsSchema>;

export const surveyFileSchema = z.object({
  columns: z.array(z.string()),
  rowCount: z.number().int().nonnegative(),
  /** The first rows, cells exactly as in the file. */
  sample: z.array(z.array(z.string())),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  delimiter: z.enum([',', ';', '\t']),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be']),
});
export type SurveyFile = z.infer<typeof surveyFileSchema>;

export const surveyProblemSchema = z.object({
  row: z.number().int().positive(),
  /** The column's header name, or null for a problem with the whole row. */
  column: z.string().nullable(),
  message: z.string(),
});
export type SurveyProblem = z.infer<typeof surveyProblemSchema>;

/** One story exactly as it would be stored. */
export const surveyStoryPreviewSchema = z.object({
  row: z.number().int().positive(),
  text: z.string(),
  heardOn: z.string(),
  serviceName: z.string().nullable(),
  language: z.string(),
  consent: z.object({ keep: z.boolean(), share: z.boolean(), quote: z.boolean(), contact: z.literal(false) }),
  equality: equalitySchema,
});
export type SurveyStoryPreview = z.infer<typeof surveyStoryPreviewSchema>;

export const MAX_PROBLEMS_LISTED = 1_000;
export const PREVIEW_STORIES = 10;

export const surveyPreviewSchema = z.object({
  fileSha256: z.string(),
  validRows: z.number().int().nonnegative(),
  invalidRows: z.number().int().nonnegative(),
  /** The first MAX_PROBLEMS_LISTED problems, in row order. */
  problems: z.array(surveyProblemSchema),
  problemCount: z.number().int().nonnegative(),
  /** Rows already imported from this same file (they would be left as they are). */
  alreadyImported: z.number().int().nonnegative(),
  preview: z.array(surveyStoryPreviewSchema),
});
export type SurveyPreview = z.infer<typeof surveyPreviewSchema>;

export const surveyImportRequestSchema = z
  .object({
    path: filePathSchema,
    mapping: surveyMappingSchema,
    options: surveyOptionsSchema,
    /** The file's SHA-256 when it was previewed: a file changed since is refused. */
    fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
    skipInvalid: z.boolean(),
    /** "Respondents agreed to their feedback being kept": without it nothing imports. */
    respondentsAgreed: z.boolean(),
  })
  .strict();
export type SurveyImportRequest = z.infer<typeof surveyImportRequestSchema>;

export const surveyImportResultSchema = z.object({
  imported: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  alreadyImported: z.number().int().nonnegative(),
});
export type SurveyImportResult = z.infer<typeof surveyImportResultSchema>;
