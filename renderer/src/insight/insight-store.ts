/**
 * What Insight is looking at: the period, trends by month or quarter, and the
 * optional filter. Shared by the dashboard, Reach and the report form, so moving
 * between them keeps the choice.
 */
import { create } from 'zustand';
import type { Granularity } from '../../../shared/insight/periods';
import type { InsightFilter, Period } from '../../../shared/insight/schemas';
import { useSession } from '../app/session';

export interface InsightState {
  period: Period;
  granularity: Granularity;
  filter: InsightFilter;
  areaCode: string;
  choose(period: Period, granularity: Granularity, filter: InsightFilter): void;
  chooseArea(areaCode: string): void;
}

const month = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;

/** The twelve months up to and including this one. */
export function lastTwelveMonths(today = new Date()): Period {
  return { from: month(new Date(today.getFullYear(), today.getMonth() - 11, 1)), to: month(today) };
}

export const useInsight = create<InsightState>()((set) => ({
  period: lastTwelveMonths(),
  granularity: 'month',
  filter: {},
  areaCode: '',
  choose: (period, granularity, filter) => set({ period, granularity, filter }),
  chooseArea: (areaCode) => set({ areaCode }),
}));

// Another person signing in starts from the defaults.
let owner: string | null = null;
useSession.subscribe((session) => {
  const id = session.person?.user?.id ?? null;
  if (id !== owner) {
    owner = id;
    useInsight.setState({ period: lastTwelveMonths(), granularity: 'month', filter: {}, areaCode: '' });
  }
});
