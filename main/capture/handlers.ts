import type { captureContract } from '../../shared/capture/contract';
import { verifyAudit } from '../audit/audit-log';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function captureHandlers({ store, users, register, events, stories, captureSettings, review }: Services): HandlersFor<keyof typeof captureContract> {
  return {
    listServices: ({ includeRetired }) => register.list(includeRetired),
    createService: (input) => register.create(input),
    updateService: ({ id, ...input }) => register.update(id, input),
    retireService: ({ id }) => register.retire(id),

    listEvents: () => events.list(),
    createEvent: (input) => events.create(input),

    saveStory: (input) => stories.save(input),
    listStories: (request) => stories.list(request),
    getStory: ({ id }) => stories.get(id),
    reviseStory: ({ id, text, reason }) => stories.revise(id, text, reason),
    setTranslation: ({ id, translation }) => stories.setTranslation(id, translation),
    setSafeguarding: ({ id, safeguarding }) => stories.setSafeguarding(id, safeguarding),
    updateConsent: ({ id, consent }) => stories.updateConsent(id, consent),
    removeContact: ({ id }) => stories.removeContact(id),
    submitStory: ({ id }) => {
      review.setStatus(id, 'submitted', null);
      return stories.get(id);
    },
    deleteStory: ({ id, reason }) => {
      stories.delete(id, reason);
      return { deleted: true as const };
    },

    getPrompts: () => captureSettings.prompts(),
    setPrompts: ({ prompts }) => captureSettings.setPrompts(prompts),
    getDraftKey: () => ({ key: captureSettings.draftKey() }),
    verifyAudit: () => {
      users.require('admin', 'staff');
      return verifyAudit(store.requireDb());
    },
  };
}
