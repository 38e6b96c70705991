/** The areas with census tables (331: every local authority in England and Wales has its ages). */
import { useEffect, useState } from 'react';
import type { CensusArea } from '../../../shared/insight/reach-schemas';
import { api } from '../api/client';

export function useCensusAreas(refresh = 0): CensusArea[] {
  const [areas, setAreas] = useState<CensusArea[]>([]);
  useEffect(() => {
    let live = true;
    void api.listCensusAreas({}).then((answer) => {
      if (live && answer.ok) setAreas(answer.value);
    });
    return () => {
      live = false;
    };
  }, [refresh]);
  return areas;
}
