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
  const [state, setState] = useState<DashboardState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const request: DashboardRequest = { period, granularity, filter };
    setState({ status: 'loading' });
    void api.getInsightDashboard(request).then((answer) => {
      if (!live) return;
      setState(answer.ok ? { status: 'loaded', dashboard: answer.value, request } : { status: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [period, granularity, filter]);
  return state;
}
