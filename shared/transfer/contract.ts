/** IPC methods for transfer files between laptops (field laptop → office) and their conflicts. */
import { z } from 'zod';
import { jobStartedSchema } from '../jobs/schemas';
import { empty } from '../store/contract';
import {
  resolveConflictRequestSchema,
  transferConflictSchema,
  transferExportRequestSchema,
  transferImportRequestSchema,
} from './schemas';

export const transferContract = {
  startTransferExport: { request: transferExportRequestSchema, response: jobStartedSchema },
  /** What bringing the file in would do, worked out as a job (nothing written); its result is a TransferReport. */
  startTransferPreview: { request: transferImportRequestSchema, response: jobStartedSchema },
  startTransferImport: { request: transferImportRequestSchema, response: jobStartedSchema },
  listTransferConflicts: { request: empty, response: z.object({ items: z.array(transferConflictSchema) }) },
  resolveTransferConflict: { request: resolveConflictRequestSchema, response: z.object({ items: z.array(transferConflictSchema) }) },
} as const;
