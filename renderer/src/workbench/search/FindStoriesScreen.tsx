/**
 * Stories: find them by their words and by filters. Staff and administrators see
 * every story; outreach workers the same screen, over the stories the services let
 * them see (their own, and those of the event they are at).
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiError } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import type { Area } from '../../shell/areas';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { StoriesNav } from '../StoriesNav';
import { FilterPanel, type FilterVocabulary } from './FilterPanel';
import { ResultsList } from './ResultsList';
import { SavedSearches } from './SavedSearches';
import { SearchBox } from './SearchBox';
import { useSearch } from './search-store';

const EMPTY: FilterVocabulary = { codes: [], services: [], events: [], people: [] };

/** The codes, services, events and people the filters offer; whatever cannot be read is left out. */
function useFilterVocabulary(): [FilterVocabulary, ApiError | null] {
  const [vocabulary, setVocabulary] = useState<FilterVocabulary>(EMPTY);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([api.listCodes({ includeRetired: false }), api.listServices({ includeRetired: true }), api.listEvents({}), api.listUsers({})]).then(
      ([codes, services, events, people]) => {
        if (!live) return;
        setVocabulary({
          codes: codes.ok ? codes.value : [],
          services: services.ok ? services.value : [],
          events: events.ok ? events.value : [],
          people: people.ok ? people.value : [],
        });
        setError(codes.ok ? null : codes.error);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return [vocabulary, error];
}

export function FindStoriesScreen({ onOpen, go }: { onOpen(id: string): void; go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation(['stories', 'workbench']);
  useDocumentTitle(t('title'));
  const user = useCurrentUser();
  const open = useSearch((state) => state.open);
  const [vocabulary, vocabularyError] = useFilterVocabulary();

  // A layout effect: it runs before the list's own effects, so that coming back
  // from a story keeps the list as it was (and its row takes the focus).
  useLayoutEffect(() => {
    if (user) open(user.id);
  }, [user, open]);

  return (
    <section className="area area-wide wb-find" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey="stories">
          {t('title')}
        </ScreenHeading>
      </header>
      <StoriesNav current="find" go={go} />
      <SearchBox />
      {vocabularyError ? <ErrorAlert error={vocabularyError} lead={t('workbench:filters.codesFailed')} /> : null}
      <div className="wb-layout">
        <div className="wb-side">
          <SavedSearches />
          <FilterPanel vocabulary={vocabulary} />
        </div>
        <ResultsList onOpen={onOpen} />
      </div>
    </section>
  );
}
