import { useEffect, useState } from 'react';
import type { Service } from '../../../../shared/capture/story';
import type { Stakeholder } from '../../../../shared/recommendations/schemas';
import { api } from '../../api/client';

/** The organisations and services the plan's filters and forms offer (active ones). */
export function usePlanChoices(wanted = true): { stakeholders: Stakeholder[]; services: Service[] } {
  const [stakeholders, setStakeholders] = useState<Stakeholder[]>([]);
  const [services, setServices] = useState<Service[]>([]);
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    void api.listStakeholders({ includeRetired: false }).then((answer) => {
      if (live && answer.ok) setStakeholders(answer.value);
    });
    void api.listServices({ includeRetired: false }).then((answer) => {
      if (live && answer.ok) setServices(answer.value);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return { stakeholders, services };
}
