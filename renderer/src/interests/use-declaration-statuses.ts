import { useEffect, useState } from 'react';
import type { RegisterSummary } from '../../../shared/interests/schemas';
import { api } from '../api/client';

/** Administrators: each account holder's declaration status, by user id (for the People list). */
export function useDeclarationStatuses(): ReadonlyMap<string, RegisterSummary['status']> {
  const [statuses, setStatuses] = useState<ReadonlyMap<string, RegisterSummary['status']>>(new Map());
  useEffect(() => {
    let live = true;
    void api.listRegister({}).then((answer) => {
      if (live && answer.ok) setStatuses(new Map(answer.value.flatMap((person) => (person.userId ? [[person.userId, person.status] as const] : []))));
    });
    return () => {
      live = false;
    };
  }, []);
  return statuses;
}
