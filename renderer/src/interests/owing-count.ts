/**
 * For administrators: how many people owe a declaration of interests (overdue, or
 * never made) and how many refusals wait for them. The register's screens ask it to
 * count again after a change.
 */
import { create } from 'zustand';
import { api } from '../api/client';

interface OwingState {
  owing: number | null;
  refusals: number;
  refresh(): Promise<void>;
}

export const useOwingCount = create<OwingState>((set) => ({
  owing: null,
  refusals: 0,
  async refresh() {
    const [owing, refusals] = await Promise.all([api.countOwingDeclarations({}), api.listOpenRefusals({})]);
    set({ owing: owing.ok ? owing.value.overdue + owing.value.never : null, refusals: refusals.ok ? refusals.value.length : 0 });
  },
}));
