import type { transferContract } from '../../shared/transfer/contract';
import type { HandlersFor } from '../core/handlers';
import type { Services } from '../core/services';

export function transferHandlers(_services: Services): HandlersFor<keyof typeof transferContract> {
  return {};
}
