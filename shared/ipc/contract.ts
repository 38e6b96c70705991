/**
 * The one IPC contract. Each method names a channel (`verbatim:<method>`), the zod
 * schema its request must pass before any handler sees it, and the schema of the
 * value it answers with. The preload, the web harness bridge, the main-process
 * router and the renderer's API type are all derived from this table, which is
 * assembled from each capability's own part.
 */
import type { z } from 'zod';
import { bundlesContract } from '../bundles/contract';
import { captureContract } from '../capture/contract';
import { exportContract } from '../export/contract';
import { interestsContract } from '../interests/contract';
import { insightContract } from '../insight/contract';
import { jobsContract } from '../jobs/contract';
import { masksContract } from '../masks/contract';
import { packsContract } from '../packs/contract';
import { reviewContract } from '../review/contract';
import { recommendationsContract } from '../recommendations/contract';
import type { Result } from '../result';
import { storeContract } from '../store/contract';
import { surveyContract } from '../survey/contract';
import { syncContract } from '../sync/contract';
import { transferContract } from '../transfer/contract';
import { usersContract } from '../users/contract';
import { workbenchContract } from '../workbench/contract';

export const contract = {
  ...storeContract,
  ...usersContract,
  ...captureContract,
  ...masksContract,
  ...workbenchContract,
  ...reviewContract,
  ...jobsContract,
  ...bundlesContract,
  ...exportContract,
  ...transferContract,
  ...packsContract,
  ...surveyContract,
  ...syncContract,
  ...recommendationsContract,
  ...interestsContract,
  ...insightContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type RequestOf<M extends Method> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends Method> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends Method> = z.output<Contract[M]['response']>;

/** What the renderer sees on `window.verbatim`: one named method per channel. */
export type VerbatimApi = { [M in Method]: (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>> };

export const METHODS = Object.keys(contract) as Method[];
export const CHANNEL_PREFIX = 'verbatim:';
export const channelOf = (method: Method): string => `${CHANNEL_PREFIX}${method}`;
export const isMethod = (name: string): name is Method => Object.hasOwn(contract, name);
