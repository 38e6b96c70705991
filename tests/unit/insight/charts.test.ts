import { describe, expect, it } from 'vitest';
import { dashboardCharts, type ChartWords } from '../../../shared/insight/charts/dashboard-charts';
import { LINK_PREFIX, renderSvg } from '../../../shared/insight/charts/render-svg';
import { bars } from '../../../shared/insight/charts/chart-specs';
import { disclosed } from '../../../shared/insight/disclosure';
import type { Dashboard } from '../../../shared/insight/schemas';

const words: ChartWords = {
  sentiment: { positive: 'Positive', negative: 'Negative', neutral: 'Neutral', mixed: 'Mixed', unrated: 'Not yet rated' },
  storiesAxis: 'Stories',
  shareAxis: 'Share',
  heard: 'Heard',
  population: 'Population',
  themesTitle: 'Themes',
  trendTitle: 'Trend',
  servicesTitle: 'Services',
  balanceTitle: 'Balance',
  mark: (what, count) => `${what}: ${count} stories`,
  share: (what, share) => `${what}: ${share}`,
  groupName: (_topic, key) => key,
};

const none = { positive: 0, negative: 0, neutral: 0, mixed: 0, unrated: 0 };
const dashboard: Dashboard = {
  period: { from: '2025-01', to: '2025-02' },
  granularity: 'month',
  filter: {},
  total: 12,
  sentiments: { ...none, negative: 9, positive: 3 },
  themes: [{ codeId: '00000000-0000-4000-8000-00000000000a', name: 'Waiting <times> & "care"', total: 12, sentiments: { ...none, negative: 9, positive: 3 } }],
  trend: { buckets: ['2025-01', '2025-02'], themes: [{ codeId: '00000000-0000-4000-8000-00000000000a', name: 'Waiting <times> & "care"', counts: [12, 0] }] },
  services: [],
  balance: [
    { bucket: '2025-01', total: 12, sentiments: { ...none, negative: 9, positive: 3 } },
    { bucket: '2025-02', total: 0, sentiments: none },
  ],
  source: 'kept',
};

describe('charts', () => {
  it('are static SVG drawn without generated code, each mark named and linked to its stories', async () => {
    const real = globalThis.Function;
    // Vega's expressions are interpreted, never compiled: the renderer's policy forbids new Function.
    globalThis.Function = new Proxy(real, { construct: () => { throw new Error('new Function used'); } }) as FunctionConstructor;
    let links = 0;
    try {
      const svg = await renderSvg(dashboardCharts(dashboard, { words, shown: (n) => ({ value: n, text: String(n) }), link: () => `${LINK_PREFIX}${links++}` }).themes);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('aria-label="Waiting &lt;times&gt; &amp; &quot;care&quot;, Negative: 9 stories"');
      expect(svg).toContain(`xlink:href="${LINK_PREFIX}0"`);
      expect(svg).not.toMatch(/<script|on\w+=/i);
    } finally {
      globalThis.Function = real;
    }
  });

  it('carry no link but the screen’s own', async () => {
    const svg = await renderSvg(bars('x', [{ category: 'A', value: 1, label: 'A', href: 'https://example.org/' }], 'Stories'));
    expect(svg).not.toContain('example.org');
  });

  it('for the report, draw the counts after disclosure control and link nothing', async () => {
    const svg = await renderSvg(dashboardCharts(dashboard, { words, shown: disclosed }).themes);
    // A hidden count (3 shown as *) draws nothing; 9 is drawn as 10.
    expect(svg).not.toContain('Positive: ');
    expect(svg).toContain('Negative: 10 stories');
    expect(svg).not.toContain('xlink:href');
  });
});
