import type { bundlesContract } from '../../shared/bundles/contract';
import type { HandlersFor } from '../core/handlers';
import type { Services } from '../core/services';

export function bundlesHandlers({ bundles }: Services): HandlersFor<keyof typeof bundlesContract> {
  return {
    getSigningKey: () => bundles.signingKey(),
    getBundleDefaults: () => bundles.defaults(),
  };
}
