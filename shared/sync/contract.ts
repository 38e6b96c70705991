/** IPC methods for sync through the organisation's PostgreSQL server. */
import { jobStartedSchema } from '../jobs/schemas';
import { empty } from '../store/contract';
import {
  enrolSyncRequestSchema,
  issueSyncWordsRequestSchema,
  saveSyncSettingsRequestSchema,
  syncConnectionResultSchema,
  syncStatusSchema,
  syncWordsResultSchema,
  testSyncConnectionRequestSchema,
} from './schemas';

export const syncContract = {
  getSyncStatus: { request: empty, response: syncStatusSchema },
  saveSyncSettings: { request: saveSyncSettingsRequestSchema, response: syncStatusSchema },
  testSyncConnection: { request: testSyncConnectionRequestSchema, response: syncConnectionResultSchema },
  /** The first office laptop: makes the organisation's sync key; its words are shown once. */
  createSyncKey: { request: empty, response: syncWordsResultSchema },
  enrolSync: { request: enrolSyncRequestSchema, response: syncStatusSchema },
  issueSyncWords: { request: issueSyncWordsRequestSchema, response: syncWordsResultSchema },
  /** Push then pull, as a job; its result is SyncCounts. */
  startSync: { request: empty, response: jobStartedSchema },
} as const;
