import type { workbenchContract } from '../../shared/workbench/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

const done = { done: true as const };

export function workbenchHandlers({ search, codebook, tags }: Services): HandlersFor<keyof typeof workbenchContract> {
  return {
    searchStories: (request) => search.search(request),
    countStories: (request) => search.countStories(request),
    listSavedSearches: () => search.savedSearches(),
    saveSearch: ({ name, query, filters }) => search.saveSearch(name, query, filters),
    deleteSavedSearch: ({ id }) => {
      search.deleteSavedSearch(id);
      return done;
    },

    listCodes: ({ includeRetired }) => codebook.list(includeRetired),
    createCode: ({ name, parentId, description }) => codebook.create(name, parentId, description),
    renameCode: ({ id, name }) => codebook.rename(id, name),
    moveCode: ({ id, parentId }) => codebook.move(id, parentId),
    mergeCode: ({ fromId, intoId }) => codebook.merge(fromId, intoId),
    retireCode: ({ id, retired }) => codebook.retire(id, retired),
    codeHistory: ({ id }) => codebook.history(id),

    listTags: ({ storyId }) => tags.list(storyId),
    tagStory: ({ storyId, codeId, sentiment, passage, acknowledged }) => tags.tag(storyId, codeId, sentiment, passage, acknowledged),
    setTagSentiment: ({ tagId, sentiment, acknowledged }) => tags.setTagSentiment(tagId, sentiment, acknowledged),
    untag: ({ tagId, acknowledged }) => tags.untag(tagId, acknowledged),
    setStorySentiment: ({ storyId, sentiment, acknowledged }) => {
      tags.setOverallSentiment(storyId, sentiment, acknowledged);
      return done;
    },
    suggestTag: ({ storyId, codeId, sentiment }) => {
      tags.suggest(storyId, codeId, sentiment);
      return done;
    },
    listSuggestions: ({ status, storyId }) => tags.suggestions(status, storyId),
    decideSuggestion: ({ id, accept, acknowledged }) => {
      tags.decide(id, accept, acknowledged);
      return done;
    },
  };
}
