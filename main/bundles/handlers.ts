import type { bundlesContract } from '../../shared/bundles/contract';
import type { HandlersFor } from '../core/handlers';
import type { Services } from '../core/services';

export function bundlesHandlers(_services: Services): HandlersFor<keyof typeof bundlesContract> {
  return {};
}
