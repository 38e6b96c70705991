import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ApiResult } from '../../api/client';

export type Answer<T> = { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; error: ApiError };

/**
 * One request's answer for a screen, asked again when `load` changes (memoise it)
 * or on reload(). An answer that comes after the screen has moved on is dropped.
 */
export function useAnswer<T>(load: () => Promise<ApiResult<T>>): { answer: Answer<T>; reload(): void; set(value: T): void } {
  const [answer, setAnswer] = useState<Answer<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (live) setAnswer(result.ok ? { state: 'loaded', value: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      live = false;
    };
  }, [load, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const set = useCallback((value: T) => setAnswer({ state: 'loaded', value }), []);
  return { answer, reload, set };
}
