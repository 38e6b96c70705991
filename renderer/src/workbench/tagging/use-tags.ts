import { useEffect, useState } from 'react';
import type { Code, Tag } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';

/** A story's tags (for those who may tag), and a way to replace them with the service's answer. */
export function useStoryTags(storyId: string, enabled: boolean) {
  const [tags, setTags] = useState<Tag[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    void api.listTags({ storyId }).then((answer) => {
      if (!live) return;
      if (answer.ok) setTags(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [storyId, enabled]);
  return { tags, setTags, error };
}

/** The live codes of the codebook. */
export function useCodes(enabled: boolean) {
  const [codes, setCodes] = useState<Code[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    void api.listCodes({ includeRetired: false }).then((answer) => {
      if (!live) return;
      if (answer.ok) setCodes(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return { codes, error };
}
