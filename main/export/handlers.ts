import type { exportContract } from '../../shared/export/contract';
import type { HandlersFor } from '../core/handlers';
import type { Services } from '../core/services';

export function exportHandlers(_services: Services): HandlersFor<keyof typeof exportContract> {
  return {};
}
