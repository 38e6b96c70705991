/**
 * Reach: the equality answers of the stories heard in a period, beside the chosen
 * area's Census 2021 tables; and an administrator's import of an ONS table for an
 * area Verbatim ships none for.
 */
import type { Equality } from '../../shared/capture/equality';
import { CENSUS_TOPICS, TABLE_FOR_TOPIC } from '../../shared/insight/census';
import { readCensusRows } from '../../shared/insight/census-import';
import { reachTopic, tallyAnswers } from '../../shared/insight/reach';
import type { CensusArea, CensusImportResult, Reach, ReachRequest } from '../../shared/insight/reach-schemas';
import { storyFiltersFor } from '../../shared/insight/story-links';
import { ServiceError } from '../../shared/result';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSurveyCsv } from '../survey/survey-file';
import type { UserService } from '../users/user-service';
import { filterConditions } from '../workbench/story-filters';
import type { CensusStore } from './census-store';

export class ReachService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    readonly census: CensusStore,
  ) {}

  areas(): CensusArea[] {
    this.users.require('staff', 'admin');
    return this.census.areas();
  }

  reach(request: ReachRequest): Reach {
    const viewer = this.users.require('staff', 'admin');
    const areaName = this.census.areaName(request.areaCode);
    if (areaName === null) {
      throw new ServiceError('NOT_FOUND', `Verbatim has no census tables for the area ${request.areaCode}. An administrator can bring in the ONS tables for it (Insight → Reach → Bring in a census table).`);
    }
    const { where, params } = filterConditions(storyFiltersFor({ period: request.period, granularity: 'month', filter: request.filter }), viewer, null);
    const condition = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // Grouped by the stored answers: a year of stories has far fewer distinct sets of answers than stories.
    const grouped = prepared(this.db(), `SELECT e.answers, count(*) AS stories FROM stories s LEFT JOIN story_equality e ON e.story_id = s.id ${condition} GROUP BY 1`).all(
      params,
    ) as Array<{ answers: string | null; stories: number }>;
    const answers = grouped.map((row) => ({ equality: row.answers ? (JSON.parse(row.answers) as Equality) : {}, stories: row.stories }));
    const tally = tallyAnswers(answers);
    const heardTotal = answers.reduce((sum, row) => sum + row.stories, 0);
    const districts = new Map<string, number>();
    let districtsPreferNotToSay = 0;
    let districtsNotAsked = 0;
    for (const { equality, stories } of answers) {
      const district = equality.postcodeDistrict;
      if (district === undefined) districtsNotAsked += stories;
      else if (district === 'prefer-not-to-say') districtsPreferNotToSay += stories;
      else districts.set(district, (districts.get(district) ?? 0) + stories);
    }
    return {
      areaCode: request.areaCode,
      areaName,
      period: { ...request.period },
      heardTotal,
      topics: CENSUS_TOPICS.map((topic) => reachTopic(topic, tally[topic], this.census.table(request.areaCode, TABLE_FOR_TOPIC[topic]))),
      districts: [...districts].map(([district, heard]) => ({ district, heard })).sort((a, b) => b.heard - a.heard || a.district.localeCompare(b.district)),
      districtsPreferNotToSay,
      districtsNotAsked,
    };
  }

  /** Brings in one ONS table for every area in the file, all or nothing. */
  async importTable(path: string): Promise<CensusImportResult> {
    const admin = this.users.require('admin');
    const csv = await readSurveyCsv(path);
    if (csv.problems.length > 0) throw new ServiceError('CSV_INVALID', csv.problems[0]!.message);
    const { table, areas } = readCensusRows(csv.header, csv.rows);
    const db = this.db();
    const now = new Date().toISOString();
    const source = JSON.stringify({
      publisher: 'Office for National Statistics (ONS), Census 2021',
      dataset: `${table.code} ${table.title}`,
      licence: 'Open Government Licence v3.0',
      route: `Imported by ${admin.name} on ${now.slice(0, 10)} from ${path} (SHA-256 ${csv.sha256})`,
    });
    const upsert = prepared(
      db,
      `INSERT INTO census_imports (area_code, table_code, area_name, body, source, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (area_code, table_code) DO UPDATE SET area_name = excluded.area_name, body = excluded.body, source = excluded.source,
           imported_by = excluded.imported_by, imported_at = excluded.imported_at`,
    );
    db.transaction(() => {
      for (const area of areas) upsert.run(area.code, table.code, area.name, JSON.stringify(area.figures), source, admin.id, now);
      appendAudit(db, this.users.actorOf(admin), { action: 'census.import', entityType: 'census', entityId: table.code, details: { areas: areas.length, sha256: csv.sha256 } });
    })();
    return { table: table.code, areas: areas.length, names: areas.slice(0, 5).map((area) => area.name) };
  }
}
