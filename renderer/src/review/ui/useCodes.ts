import { useEffect, useState } from 'react';
import type { Code } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import { themesOf, type Theme } from './code-tree';

export type CodesState = { state: 'loading' } | { state: 'loaded'; themes: Theme[]; codes: Code[] } | { state: 'failed'; error: ApiError };

/** The current codebook, read once for the screen. */
export function useCodes(): CodesState {
  const [codes, setCodes] = useState<CodesState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void api.listCodes({ includeRetired: false }).then((answer) => {
      if (!live) return;
      setCodes(answer.ok ? { state: 'loaded', themes: themesOf(answer.value), codes: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, []);
  return codes;
}
