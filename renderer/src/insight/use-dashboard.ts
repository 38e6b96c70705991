/** The dashboard for what Insight is looking at; asked again whenever that changes. */
import { useEffect, useState } from 'react';
import type { Dashboard, DashboardRequest } from '../../../shared/insight/schemas';
import { api, type ApiError } from '../api/client';
import { useInsight } from './insight-store';

export type DashboardState = { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'loaded'; dashboard: Dashboard; request: DashboardRequest };

export function useDashboard(): DashboardState {
  const period = useInsight((s) => s.period);
  const granularity = useInsight((s) => s.granularity);
  const filter = useInsight((s) => s.filter);
  const key = JSON.stringify({ period, granularity, filter });
  // The answer with the request it answers: until the newest request's answer comes, it is loading.
  const [answer, setAnswer] = useState<{ key: string; state: DashboardState } | null>(null);
  useEffect(() => {
    let live = true;
    const request = JSON.parse(key) as DashboardRequest;
    void api.getInsightDashboard(request).then((result) => {
      if (live) setAnswer({ key, state: result.ok ? { status: 'loaded', dashboard: result.value, request } : { status: 'failed', error: result.error } });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return answer?.key === key ? answer.state : { status: 'loading' };
}
