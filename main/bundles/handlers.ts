import type { bundlesContract } from '../../shared/bundles/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function bundlesHandlers({ bundles }: Services): HandlersFor<keyof typeof bundlesContract> {
  return {
    getSigningKey: () => bundles.signingKey(),
    getBundleDefaults: () => bundles.defaults(),
  };
}
