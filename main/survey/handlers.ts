import type { surveyContract } from '../../shared/survey/contract';
import type { HandlersFor } from '../core/handlers';
import type { Services } from '../core/services';

export function surveyHandlers(_services: Services): HandlersFor<keyof typeof surveyContract> {
  return {};
}
