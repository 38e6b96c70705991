import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv/parse-csv';
import { CENSUS_TABLES, censusFileSchema, censusFiguresProblem } from '../../../shared/insight/census';
import { readCensusRows } from '../../../shared/insight/census-import';
import censusFile from '../../../resources/census/census-2021.json';

const SEX_HEADER = 'date,geography,geography code,Sex: All persons; measures: Value,Sex: Female; measures: Value,Sex: Male; measures: Value';
const read = (text: string) => {
  const csv = parseCsv(text);
  return readCensusRows(csv.header, csv.rows);
};

describe('bringing in an ONS census file', () => {
  it('reads the Nomis bulk file of a table, area by area', () => {
    const { table, areas } = read(`${SEX_HEADER}\n2021,Testborough,E06999001,100,52,48\n2021,"Other, upon Sea",E06999002,10,4,6\n`);
    expect(table.code).toBe('TS008');
    expect(areas).toEqual([
      { code: 'E06999001', name: 'Testborough', figures: { total: 100, counts: { female: 52, male: 48 } } },
      { code: 'E06999002', name: 'Other, upon Sea', figures: { total: 10, counts: { female: 4, male: 6 } } },
    ]);
  });

  it.each([
    ['a file that is not a census table', 'date,name\n2021,x\n', /not a census table Verbatim can read/],
    ['a missing column', 'date,geography,geography code,Sex: All persons; measures: Value,Sex: Female; measures: Value\n2021,A,E06999001,10,10\n', /no column "Sex: Male; measures: Value"/],
    ['categories that do not add up', `${SEX_HEADER}\n2021,A,E06999001,100,50,49\n`, /Row 2 \(E06999001\): TS008's categories add up to 99, not its total of 100/],
    ['a count that is not a whole number', `${SEX_HEADER}\n2021,A,E06999001,100,50.5,49.5\n`, /Row 2 \(E06999001\): "Sex: Female; measures: Value" is "50.5"/],
    ['another census year', `${SEX_HEADER}\n2011,A,E06999001,100,50,50\n`, /Row 2 is for 2011, not the 2021 census/],
    ['an area code that is not one', `${SEX_HEADER}\n2021,A,Testshire,100,50,50\n`, /"Testshire" is not an area code/],
    ['an area twice', `${SEX_HEADER}\n2021,A,E06999001,100,50,50\n2021,A,E06999001,100,50,50\n`, /Row 3: E06999001 appears twice/],
    ['no areas', `${SEX_HEADER}\n`, /has no areas/],
  ])('refuses %s, naming the problem', (_what, text, message) => {
    expect(() => read(text)).toThrow(expect.objectContaining({ code: 'CSV_INVALID', message: expect.stringMatching(message) }));
  });

  it('checks a sub-total against its groups', () => {
    const table = CENSUS_TABLES.TS038!;
    const header = ['date', 'geography', 'geography code', table.totalColumn, ...table.subtotals, ...table.categories.map(([heading]) => heading)].map((h) => `"${h}"`).join(',');
    expect(() => read(`${header}\n2021,A,E06999001,10,5,5,1,3,2,4\n`)).toThrow(/"Disability: Disabled under the Equality Act" is 5 but its groups add up to 4/);
  });
});

describe('the census tables shipped', () => {
  const file = censusFileSchema.parse(censusFile);

  it('hold every area of England and Wales (ages), and five tables for each of the 33 London boroughs, each adding up', () => {
    expect(file.areas).toHaveLength(331);
    const london = file.areas.filter((area) => area.code.startsWith('E09'));
    expect(london).toHaveLength(33);
    for (const area of london) expect(Object.keys(area.tables).sort()).toEqual(['TS007A', 'TS008', 'TS021', 'TS029', 'TS038']);
    for (const area of file.areas) {
      for (const [code, figures] of Object.entries(area.tables)) expect(censusFiguresProblem(CENSUS_TABLES[code]!, figures)).toBeNull();
    }
  });

  it('say where every table came from and under which licence', () => {
    for (const table of Object.values(file.tables)) {
      expect(table.source.licence).toContain('Open Government Licence v3.0');
      expect(table.source.route).toMatch(/github\.com\/.+ at commit [0-9a-f]{40}/);
    }
  });

  it('agree with each other: one borough’s totals differ across tables only by the census’s own perturbation', () => {
    for (const area of file.areas.filter((a) => a.code.startsWith('E09'))) {
      const totals = ['TS007A', 'TS008', 'TS021', 'TS038'].map((code) => area.tables[code]!.total);
      expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(10);
    }
  });
});
