import type { packsContract } from '../../shared/packs/contract';
import type { HandlersFor } from '../core/handlers';
import type { Services } from '../core/services';

export function packsHandlers(_services: Services): HandlersFor<keyof typeof packsContract> {
  return {};
}
