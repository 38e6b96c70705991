/**
 * The top bar's count of what is due (overdue responses and reviews, and those due
 * in the next 14 days), for staff and administrators. Screens that change the plan
 * ask it to count again.
 */
import { create } from 'zustand';
import { api } from '../api/client';

interface DueCountState {
  due: number | null;
  overdue: number;
  refresh(): Promise<void>;
  reset(): void;
}

export const useDueCount = create<DueCountState>((set) => ({
  due: null,
  overdue: 0,
  async refresh() {
    const answer = await api.countDue({});
    set(answer.ok ? { due: answer.value.due, overdue: answer.value.overdue } : { due: null, overdue: 0 });
  },
  reset: () => set({ due: null, overdue: 0 }),
}));
