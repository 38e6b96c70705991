/** IPC methods for importing survey answers from a CSV file (staff and admins). */
import { z } from 'zod';
import { jobStartedSchema } from '../jobs/schemas';
import { filePathSchema, surveyFileSchema, surveyImportRequestSchema, surveyMappingSchema, surveyOptionsSchema, surveyPreviewSchema } from './schemas';

export const surveyContract = {
  readSurveyFile: { request: z.object({ path: filePathSchema }).strict(), response: surveyFileSchema },
  previewSurveyImport: {
    request: z.object({ path: filePathSchema, mapping: surveyMappingSchema, options: surveyOptionsSchema }).strict(),
    response: surveyPreviewSchema,
  },
  startSurveyImport: { request: surveyImportRequestSchema, response: jobStartedSchema },
} as const;
