import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { tempFolder } from '../../helpers/temp-store';

const MANCHESTER = 'E08000003';
const year = { from: '2025-01', to: '2025-12' };

function csv(rows: string): string {
  const path = join(tempFolder(), 'census2021-ts008-ltla.csv');
  writeFileSync(path, `date,geography,geography code,Sex: All persons; measures: Value,Sex: Female; measures: Value,Sex: Male; measures: Value\n${rows}`);
  return path;
}

describe('a census table brought in by an administrator', () => {
  it('fills the gap for an area Verbatim ships no table for, and is audited', async () => {
    const s = await storeWithPeople();
    s.stories.save(story({ heardOn: '2025-06-01', equality: { sex: 'female' } }));
    const before = s.reach.reach({ areaCode: MANCHESTER, period: year, filter: {} });
    expect(before.topics.find((t) => t.topic === 'sex')).toMatchObject({ available: false, answered: 1 });
    // Figures made up for the test's own area codes; Manchester's row is the one compared.
    const result = await s.reach.importTable(csv(`2021,Manchester,${MANCHESTER},1000,510,490\n2021,Testborough,E06999001,10,5,5\n`));
    expect(result).toEqual({ table: 'TS008', areas: 2, names: ['Manchester', 'Testborough'] });
    const after = s.reach.reach({ areaCode: MANCHESTER, period: year, filter: {} });
    expect(after.topics.find((t) => t.topic === 'sex')).toMatchObject({ available: true, imported: true, populationTotal: 1000, source: { route: expect.stringContaining('Imported by Ada Admin') } });
    expect(s.reach.areas().find((a) => a.code === 'E06999001')?.topics.find((t) => t.topic === 'sex')).toMatchObject({ imported: true, shipped: false });
    expect(s.store.requireDb().prepare("SELECT count(*) FROM audit_log WHERE action = 'census.import'").pluck().get()).toBe(1);
  });

  it('keeps nothing from a file with one bad row', async () => {
    const s = await storeWithPeople();
    await expect(s.reach.importTable(csv(`2021,Manchester,${MANCHESTER},1000,510,490\n2021,Testborough,E06999001,10,5,6\n`))).rejects.toMatchObject({ code: 'CSV_INVALID', message: expect.stringContaining('Row 3 (E06999001)') });
    expect(s.store.requireDb().prepare('SELECT count(*) FROM census_imports').pluck().get()).toBe(0);
  });

  it('is for administrators only; an unknown area is refused with what to do', async () => {
    const s = await storeWithPeople();
    await s.users.signIn(s.staffId, '8642');
    await expect(s.reach.importTable(csv(`2021,Manchester,${MANCHESTER},1000,510,490\n`))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(() => s.reach.reach({ areaCode: 'E99999999', period: year, filter: {} })).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: expect.stringContaining('Bring in a census table') }));
  });
});
