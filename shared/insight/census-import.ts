/**
 * Reading an ONS Census 2021 file an administrator brings in: the Nomis bulk
 * download for one table at local-authority level (census2021-ts021-ltla.csv and
 * the like: columns date, geography, geography code, then the table's own). Every
 * row is checked (a real 2021 area code, whole counts, categories that add up to
 * the total and to each sub-total) before anything is kept: one bad row and the
 * whole file is refused, with the row named.
 */
import { ServiceError } from '../result';
import type { CsvRow } from '../csv/parse-csv';
import { CENSUS_TABLES, censusFiguresProblem, censusFiguresSchema, type CensusFigures, type CensusTableDefinition } from './census';

export interface ImportedArea {
  code: string;
  name: string;
  figures: CensusFigures;
}

const invalid = (message: string) => new ServiceError('CSV_INVALID', message);

/** The table a file holds, told by its total column. */
export function tableOfHeader(header: readonly string[]): CensusTableDefinition {
  const table = Object.values(CENSUS_TABLES).find((definition) => header.includes(definition.totalColumn));
  if (!table) {
    const known = Object.keys(CENSUS_TABLES).join(', ');
    throw invalid(`This is not a census table Verbatim can read. Bring in the Nomis bulk file (census2021-<table>-ltla.csv) of one of ${known}.`);
  }
  return table;
}

export function readCensusRows(header: readonly string[], rows: readonly CsvRow[]): { table: CensusTableDefinition; areas: ImportedArea[] } {
  const table = tableOfHeader(header);
  const column = (heading: string) => {
    const index = header.indexOf(heading);
    if (index < 0) throw invalid(`The ${table.code} file has no column "${heading}". Bring in the file as Nomis publishes it.`);
    return index;
  };
  const [date, name, code, total] = [column('date'), column('geography'), column('geography code'), column(table.totalColumn)];
  const categories = table.categories.map(([heading, key]) => [column(heading), key] as const);
  const subtotals = table.subtotals.map((heading) => ({ heading, index: header.indexOf(heading) })).filter((s) => s.index >= 0);
  if (rows.length === 0) throw invalid(`The ${table.code} file has no areas under its column names.`);

  const seen = new Set<string>();
  const areas = rows.map(({ row, cells }) => {
    if (cells.length !== header.length) throw invalid(`Row ${row} has ${cells.length} fields but the header has ${header.length}.`);
    if (cells[date] !== '2021') throw invalid(`Row ${row} is for ${cells[date] || 'no year'}, not the 2021 census.`);
    const areaCode = cells[code]!;
    if (!/^[EW]\d{8}$/.test(areaCode)) throw invalid(`Row ${row}: "${areaCode}" is not an area code for England or Wales (like E09000033).`);
    if (seen.has(areaCode)) throw invalid(`Row ${row}: ${areaCode} appears twice.`);
    seen.add(areaCode);
    const whole = (index: number, heading: string): number => {
      const value = cells[index]!;
      if (!/^\d{1,9}$/.test(value)) throw invalid(`Row ${row} (${areaCode}): "${heading}" is "${value}", not a whole number of people.`);
      return Number(value);
    };
    const figures = censusFiguresSchema.parse({
      total: whole(total, table.totalColumn),
      counts: Object.fromEntries(categories.map(([index, key]) => [key, whole(index, header[index]!)])),
    });
    const problem = censusFiguresProblem(table, figures);
    if (problem) throw invalid(`Row ${row} (${areaCode}): ${problem}.`);
    for (const subtotal of subtotals) {
      const parts = categories.filter(([index]) => header[index]!.startsWith(`${subtotal.heading}: `));
      const sum = parts.reduce((s, [, key]) => s + figures.counts[key]!, 0);
      const stated = whole(subtotal.index, subtotal.heading);
      if (sum !== stated) throw invalid(`Row ${row} (${areaCode}): "${subtotal.heading}" is ${stated} but its groups add up to ${sum}.`);
    }
    const areaName = cells[name]!;
    if (areaName.trim() === '') throw invalid(`Row ${row} (${areaCode}) has no area name.`);
    return { code: areaCode, name: areaName, figures };
  });
  return { table, areas };
}
