import { describe, expect, it } from 'vitest';
import { exportProfile, exportProfiles } from '../../../main/export/profiles';
import { createJobContext } from '../../../main/jobs/job-context';
import { buildRecords, RECORDS_BATCH, releasedQuasiIdentifiers } from '../../../main/export/records';
import type { SelectedStory } from '../../../main/export/selection';
import { CHUNK, jsonArray } from '../../../main/export/files/chunks';
import { smallNumberShown } from '../../../main/export/files/summary';

const KEY = new Uint8Array(32).fill(7);
const build = (stories: SelectedStory[], profile: string, key = KEY) => buildRecords(stories, exportProfile(profile), key, createJobContext());
let n = 0;
const selected = (overrides: Partial<SelectedStory> = {}): SelectedStory => ({
  storyId: `00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`,
  anonymisedText: 'I waited [DURATION 1].',
  consentQuote: true,
  heardOn: '2026-11-20',
  channel: 'phone',
  sentiment: 'negative',
  themes: [],
  services: [{ name: 'Church Street Surgery', type: 'gp' }],
  equality: { ageBand: '25-34', sex: 'female', ethnicity: 'asian-bangladeshi', postcodeDistrict: 'W9' },
  ...overrides,
});

describe('export profiles', () => {
  it('has the six profiles, each valid', () => {
    expect(exportProfiles().map((p) => p.name)).toEqual(['healthwatch-england', 'nhs-trust', 'integrated-care-board', 'council', 'cqc', 'public-report']);
    expect(exportProfile('public-report')).toMatchObject({ k: 10, smallNumber: 10, fields: { serviceName: false } });
  });

  it('names the profiles when one is unknown', () => {
    expect(() => exportProfile('press')).toThrow(/healthwatch-england, nhs-trust/);
  });
});

describe('records a profile lets out', () => {
  it('generalises demographics as the profile says, with ethnicity as the ONS top-level group', async () => {
    const stories = Array.from({ length: 5 }, () => selected());
    const { stories: out } = await build(stories, 'healthwatch-england');
    expect(out[0]).toMatchObject({
      month: '2026-11',
      serviceNames: ['Church Street Surgery'],
      serviceTypes: ['gp'],
      channel: 'phone',
      demographics: { ageBand: '25-34', sex: 'female', ethnicity: 'Asian', postcode: 'W9' },
    });
    const cqc = (await build(stories, 'cqc')).stories[0]!;
    expect(cqc.demographics).toEqual({ ageBand: '18-34', sex: 'female', ethnicity: null, postcode: null });
    const pub = (await build(Array.from({ length: 10 }, () => selected()), 'public-report')).stories[0]!;
    expect(pub).toMatchObject({ serviceNames: null, serviceTypes: ['gp'], channel: null, demographics: { sex: null } });
  });

  it('makes bundle ids that are not the store ids and differ with the key', async () => {
    const stories = Array.from({ length: 5 }, () => selected());
    const a = (await build(stories, 'nhs-trust')).stories.map((s) => s.id);
    const b = (await build(stories, 'nhs-trust', new Uint8Array(32).fill(9))).stories.map((s) => s.id);
    expect(a.every((id) => /^S-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(a.some((id) => b.includes(id))).toBe(false);
  });

  it('widens fields until every group has k stories, and reports it', async () => {
    const stories = [
      ...Array.from({ length: 5 }, (_, i) => selected({ heardOn: `2026-0${i + 1}-10` })),
      ...Array.from({ length: 5 }, (_, i) => selected({ heardOn: `2026-0${i + 1}-20` })),
    ];
    const result = await build(stories, 'healthwatch-england');
    expect(result.suppressed).toBe(0);
    expect(result.generalised).toContain('quarter');
    const groups = new Map<string, number>();
    for (const s of result.stories) groups.set(JSON.stringify([s.month, s.demographics]), (groups.get(JSON.stringify([s.month, s.demographics])) ?? 0) + 1);
    expect(Math.min(...groups.values())).toBeGreaterThanOrEqual(5);
  });

  it('withholds words for people who did not agree to be quoted', async () => {
    const result = await build([...Array.from({ length: 4 }, () => selected()), selected({ consentQuote: false, anonymisedText: null })], 'council');
    expect(result.stories.filter((s) => s.text === null)).toEqual([expect.objectContaining({ textWithheld: 'noConsentToQuote' })]);
  });

  it('works in batches, reporting each phase and stopping at a checkpoint when cancelled', async () => {
    const stories = Array.from({ length: RECORDS_BATCH * 2 + 1 }, () => selected());
    const seen: string[] = [];
    const context = createJobContext((done, total, phase) => seen.push(`${phase} ${done}/${total}`));
    expect((await buildRecords(stories, exportProfile('council'), KEY, context)).stories).toHaveLength(stories.length);
    const n = stories.length;
    expect(seen).toEqual([
      `generalising 0/${n}`, `generalising ${RECORDS_BATCH}/${n}`, `generalising ${RECORDS_BATCH * 2}/${n}`, `generalising ${n}/${n}`,
      `kAnonymity 0/${n}`,
      `kAnonymity 0/${n}`, `kAnonymity ${RECORDS_BATCH}/${n}`, `kAnonymity ${RECORDS_BATCH * 2}/${n}`, `kAnonymity ${n}/${n}`,
    ]);

    const cancelled = createJobContext((done, _total, phase) => {
      if (phase === 'generalising' && done === RECORDS_BATCH) cancelled.cancel();
    });
    await expect(buildRecords(stories, exportProfile('council'), KEY, cancelled)).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('releases only the quasi-identifiers the profile sends', () => {
    expect(releasedQuasiIdentifiers(exportProfile('public-report')).sort()).toEqual(['ageBand', 'month', 'service']);
  });
});

describe('the small-number rule', () => {
  it('shows 1 to n-1 as "<n", and 0 and n upwards as they are', () => {
    const trust = exportProfile('nhs-trust');
    expect([0, 1, 4, 5, 12].map((c) => smallNumberShown(c, trust))).toEqual(['0', '<5', '<5', '5', '12']);
    expect([9, 10].map((c) => smallNumberShown(c, exportProfile('public-report')))).toEqual(['<10', '10']);
  });
});

describe('building big files in chunks', () => {
  it('gives exactly what JSON.stringify(items, null, 2) gives', async () => {
    const items = Array.from({ length: 12_001 }, (_, i) => ({ id: i, text: `line\n"${i}" – café, 😀`, nested: { list: [1, { a: null }], empty: [] } }));
    let checkpoints = 0;
    const json = await jsonArray(items, async () => {
      checkpoints++;
    });
    expect(json.toString('utf8')).toBe(JSON.stringify(items, null, 2));
    expect(checkpoints).toBe(Math.ceil(items.length / CHUNK));
    expect((await jsonArray([], async () => {})).toString('utf8')).toBe('[]');
  });
});
