import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ApiResult } from '../../api/client';

export type KeysetPage<T> =
  | { state: 'loading' }
  | { state: 'loaded'; items: T[]; next: string | null; more: boolean }
  | { state: 'failed'; error: ApiError };

/**
 * A list read a page at a time with the services' keyset cursor. `request` changes
 * (a new filter, a new search) start the list again from its first page.
 */
export function useKeysetList<T>(request: (after: string | null) => Promise<ApiResult<{ items: T[]; nextCursor: string | null }>>) {
  const [page, setPage] = useState<KeysetPage<T>>({ state: 'loading' });
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);
  // A new request (another filter, another search) shows "loading" until its first page comes.
  const [shownFor, setShownFor] = useState(() => request);
  if (shownFor !== request) {
    setShownFor(() => request);
    setPage({ state: 'loading' });
  }

  useEffect(() => {
    let live = true;
    void request(null).then((answer) => {
      if (!live) return;
      setMoreError(null);
      setPage(answer.ok ? { state: 'loaded', items: answer.value.items, next: answer.value.nextCursor, more: false } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [request, generation]);

  const loadMore = useCallback(async () => {
    if (page.state !== 'loaded' || !page.next || page.more) return;
    const { items, next } = page;
    setPage({ ...page, more: true });
    const answer = await request(next);
    if (!answer.ok) {
      setMoreError(answer.error);
      setPage({ state: 'loaded', items, next, more: false });
      return;
    }
    setMoreError(null);
    setPage({ state: 'loaded', items: [...items, ...answer.value.items], next: answer.value.nextCursor, more: false });
  }, [page, request]);

  /** Reads the list again from its first page. */
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  /** Takes items off the list without asking the services (after acting on them). */
  const drop = useCallback((keep: (item: T) => boolean) => {
    setPage((current) => (current.state === 'loaded' ? { ...current, items: current.items.filter(keep) } : current));
  }, []);

  return { page, moreError, loadMore, reload, drop };
}
