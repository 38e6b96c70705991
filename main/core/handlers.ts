/**
 * The handler behind each IPC method: plain functions over the services, one
 * group per capability. They receive requests that have already passed the
 * contract's schema.
 */
import { bundlesHandlers } from '../bundles/handlers';
import { captureHandlers } from '../capture/handlers';
import { exportHandlers } from '../export/handlers';
import { interestHandlers } from '../interests/handlers';
import { insightHandlers } from '../insight/handlers';
import { jobHandlers } from '../jobs/handlers';
import { maskHandlers } from '../masks/handlers';
import { packsHandlers } from '../packs/handlers';
import { reviewHandlers } from '../review/handlers';
import { recommendationHandlers } from '../recommendations/handlers';
import { storeHandlers } from '../store/handlers';
import { surveyHandlers } from '../survey/handlers';
import { syncHandlers } from '../sync/handlers';
import { transferHandlers } from '../transfer/handlers';
import { userHandlers } from '../users/handlers';
import { workbenchHandlers } from '../workbench/handlers';
import type { Handlers } from './handler-types';
import type { Services } from './services';

export { createServices, type Services } from './services';

export function createHandlers(services: Services): Handlers {
  return {
    ...storeHandlers(services),
    ...userHandlers(services),
    ...captureHandlers(services),
    ...maskHandlers(services),
    ...workbenchHandlers(services),
    ...reviewHandlers(services),
    ...jobHandlers(services),
    ...bundlesHandlers(services),
    ...exportHandlers(services),
    ...transferHandlers(services),
    ...packsHandlers(services),
    ...surveyHandlers(services),
    ...syncHandlers(services),
    ...recommendationHandlers(services),
    ...interestHandlers(services),
    ...insightHandlers(services),
  };
}
