import { describe, expect, it } from 'vitest';
import { shapeDashboard } from '../../../shared/insight/dashboard-shape';
import { disclosed, disclosedShare } from '../../../shared/insight/disclosure';
import { bucketsOf, monthRange, quarterMonths } from '../../../shared/insight/periods';
import type { DashboardRequest } from '../../../shared/insight/schemas';
import { storyFiltersFor } from '../../../shared/insight/story-links';

const request: DashboardRequest = { period: { from: '2025-11', to: '2026-02' }, granularity: 'quarter', filter: { channel: 'phone' } };
const A = '00000000-0000-4000-8000-00000000000a';

describe('the dashboard from counts per month', () => {
  it('puts months into quarters, themes by stories, and a story with no sentiment as not yet rated', () => {
    const dashboard = shapeDashboard(
      request,
      [
        { month: '2025-11', theme: '', sentiment: 'negative', stories: 3 },
        { month: '2026-01', theme: '', sentiment: '', stories: 2 },
        { month: '2025-11', theme: A, sentiment: 'negative', stories: 2 },
        { month: '2026-02', theme: A, sentiment: '', stories: 1 },
        { month: '2024-01', theme: '', sentiment: 'positive', stories: 9 },
      ],
      [],
      new Map([[A, 'Waiting times']]),
      'kept',
    );
    expect(dashboard.total).toBe(5);
    expect(dashboard.trend).toEqual({ buckets: ['2025 Q4', '2026 Q1'], themes: [{ codeId: A, name: 'Waiting times', counts: [2, 1] }] });
    expect(dashboard.themes[0]).toMatchObject({ total: 3, sentiments: { negative: 2, unrated: 1 } });
    expect(dashboard.balance.map((b) => [b.bucket, b.total])).toEqual([
      ['2025 Q4', 3],
      ['2026 Q1', 2],
    ]);
  });

  it('names the stories behind a count as the Stories list filters them', () => {
    expect(storyFiltersFor(request, { codeId: A, sentiment: 'unrated', bucket: '2026 Q1' })).toEqual({
      heardFrom: '2026-01-01',
      heardTo: '2026-02-28',
      channels: ['phone'],
      codeIds: [A],
      sentiments: ['unrated'],
    });
    expect(storyFiltersFor(request)).toMatchObject({ heardFrom: '2025-11-01', heardTo: '2026-02-28' });
  });
});

describe('periods', () => {
  it('know the length of months and the quarters of dates', () => {
    expect(monthRange('2024-02')).toEqual({ heardFrom: '2024-02-01', heardTo: '2024-02-29' });
    expect(quarterMonths('2026-05-17')).toEqual({ from: '2026-04', to: '2026-06' });
    expect(bucketsOf('2025-12', '2026-01', 'month').map((b) => b.bucket)).toEqual(['2025-12', '2026-01']);
  });
});

describe('disclosure control for what leaves the laptop', () => {
  it('hides 1 to 7 and rounds the rest to 5', () => {
    expect([0, 1, 7, 8, 12, 13].map((n) => disclosed(n).text)).toEqual(['0', '*', '*', '10', '10', '15']);
    expect(disclosed(3).value).toBe(0);
    expect(disclosedShare(3, 100).text).toBe('*');
    expect(disclosedShare(20, 40).text).toBe('50.0%');
  });
});
