/**
 * The census tables Reach can use: those shipped in resources/census (checked once,
 * when first read) and those an administrator imported from an ONS file, which take
 * the place of a shipped one for the same area and table.
 */
import censusFile from '../../resources/census/census-2021.json';
import { CENSUS_TABLES, CENSUS_TOPICS, TABLE_FOR_TOPIC, censusFileSchema, censusFiguresProblem, censusFiguresSchema, type CensusFigures, type CensusSource } from '../../shared/insight/census';
import type { CensusArea } from '../../shared/insight/reach-schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

interface ShippedArea {
  code: string;
  name: string;
  tables: Map<string, { figures: CensusFigures; source: CensusSource }>;
}

let shipped: Map<string, ShippedArea> | null = null;

/** The shipped tables, by area code. A table that does not add up is a build fault: it throws. */
export function shippedAreas(): Map<string, ShippedArea> {
  if (shipped) return shipped;
  const file = censusFileSchema.parse(censusFile);
  const areas = new Map<string, ShippedArea>();
  for (const area of file.areas) {
    const tables = new Map<string, { figures: CensusFigures; source: CensusSource }>();
    for (const [code, figures] of Object.entries(area.tables)) {
      const definition = CENSUS_TABLES[code];
      const source = file.tables[code]?.source;
      if (!definition || !source) throw new Error(`resources/census: ${area.code} has an unknown table ${code}`);
      const problem = censusFiguresProblem(definition, figures);
      if (problem) throw new Error(`resources/census: ${area.code}: ${problem}`);
      tables.set(code, { figures, source });
    }
    areas.set(area.code, { code: area.code, name: area.name, tables });
  }
  shipped = areas;
  return areas;
}

export interface AreaTable {
  figures: CensusFigures;
  source: CensusSource;
  imported: boolean;
}

export class CensusStore {
  constructor(private readonly db: () => Db) {}

  /** One area's table, imported first, else shipped; null when there is none. */
  table(areaCode: string, tableCode: string): AreaTable | null {
    const row = prepared(this.db(), 'SELECT body, source FROM census_imports WHERE area_code = ? AND table_code = ?').get(areaCode, tableCode) as
      | { body: string; source: string }
      | undefined;
    if (row) return { figures: censusFiguresSchema.parse(JSON.parse(row.body)), source: JSON.parse(row.source) as CensusSource, imported: true };
    const area = shippedAreas().get(areaCode)?.tables.get(tableCode);
    return area ? { ...area, imported: false } : null;
  }

  /** Every area with any table, and which topics each has (and lacks). */
  areas(): CensusArea[] {
    const names = new Map<string, string>();
    for (const area of shippedAreas().values()) names.set(area.code, area.name);
    for (const row of prepared(this.db(), 'SELECT DISTINCT area_code, area_name FROM census_imports').all() as Array<{ area_code: string; area_name: string }>) {
      names.set(row.area_code, row.area_name);
    }
    return [...names]
      .map(([code, name]) => {
        const topics = CENSUS_TOPICS.map((topic) => ({ topic, table: TABLE_FOR_TOPIC[topic], ...this.presence(code, TABLE_FOR_TOPIC[topic]) }));
        return { code, name, topics };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  areaName(code: string): string | null {
    return this.areas().find((area) => area.code === code)?.name ?? null;
  }

  private presence(areaCode: string, tableCode: string): { shipped: boolean; imported: boolean } {
    const imported = Boolean(prepared(this.db(), 'SELECT 1 FROM census_imports WHERE area_code = ? AND table_code = ?').get(areaCode, tableCode));
    return { shipped: Boolean(shippedAreas().get(areaCode)?.tables.has(tableCode)), imported };
  }
}
