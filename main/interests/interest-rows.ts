/** The register's rows as the services read them, and how they become what crosses IPC. */
import type { Concerns, ConflictMatch, Interest } from '../../shared/interests/schemas';
import type { RuleInterest } from '../../shared/interests/rule';
import { isActiveOn } from '../../shared/interests/rule';
import type { ConflictAction, InterestKind } from '../../shared/interests/vocabulary';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';

export interface InterestRow {
  id: string;
  person_id: string;
  person_name: string;
  kind: InterestKind;
  service_id: string | null;
  service_name: string | null;
  stakeholder_id: string | null;
  stakeholder_name: string | null;
  organisation: string | null;
  description: string;
  from_on: string;
  to_on: string | null;
  management: string;
  refuses: string;
  declared_by_name: string | null;
  declared_at: string;
  updated_at: string | null;
}

export const INTEREST_SELECT = `SELECT i.id, i.person_id, coalesce(pu.name, p.name) AS person_name, i.kind, i.service_id, sv.name AS service_name,
    i.stakeholder_id, sh.name AS stakeholder_name, i.organisation, i.description, i.from_on, i.to_on, i.management, i.refuses,
    du.name AS declared_by_name, i.declared_at, i.updated_at
  FROM interests i JOIN interest_people p ON p.id = i.person_id LEFT JOIN users pu ON pu.id = p.user_id
  LEFT JOIN services sv ON sv.id = i.service_id LEFT JOIN stakeholders sh ON sh.id = i.stakeholder_id
  LEFT JOIN users du ON du.id = i.declared_by`;

export const concernsOf = (row: Pick<InterestRow, 'service_id' | 'service_name' | 'stakeholder_id' | 'stakeholder_name' | 'organisation'>): Concerns => {
  if (row.service_id !== null) return { type: 'service', id: row.service_id, name: row.service_name ?? '' };
  if (row.stakeholder_id !== null) return { type: 'organisation', id: row.stakeholder_id, name: row.stakeholder_name ?? '' };
  return { type: 'other', name: row.organisation ?? '' };
};

export const refusesOf = (json: string): ConflictAction[] => JSON.parse(json) as ConflictAction[];

export const toInterest = (row: InterestRow, today: string): Interest => ({
  id: row.id,
  personId: row.person_id,
  kind: row.kind,
  concerns: concernsOf(row),
  description: row.description,
  fromOn: row.from_on,
  toOn: row.to_on,
  management: row.management,
  refuses: refusesOf(row.refuses),
  active: isActiveOn({ fromOn: row.from_on, toOn: row.to_on }, today),
  declaredByName: row.declared_by_name,
  declaredAt: row.declared_at,
  updatedAt: row.updated_at,
});

/** A declaration as a screen shows it before someone goes on with work it bears on. */
export const toMatch = (row: InterestRow, outcome: ConflictMatch['outcome']): ConflictMatch => ({
  interestId: row.id,
  personName: row.person_name,
  kind: row.kind,
  concerns: concernsOf(row),
  description: row.description,
  management: row.management,
  fromOn: row.from_on,
  toOn: row.to_on,
  refuses: refusesOf(row.refuses),
  outcome,
});

/** An interest as the rule sees it. */
interface RuleRow {
  id: string;
  person_id: string;
  service_id: string | null;
  stakeholder_id: string | null;
  from_on: string;
  to_on: string | null;
  refuses: string;
}

const toRuleInterest = (row: RuleRow): RuleInterest => ({
  id: row.id,
  serviceId: row.service_id,
  stakeholderId: row.stakeholder_id,
  fromOn: row.from_on,
  toOn: row.to_on,
  refuses: refusesOf(row.refuses),
});

const RULE_COLUMNS = 'id, person_id, service_id, stakeholder_id, from_on, to_on, refuses';
const RUNS_TODAY = 'from_on <= @today AND (to_on IS NULL OR to_on >= @today)';

/**
 * A person's interests running today that the rule can match (about a service or an
 * organisation in the registers): one indexed read, all the hot paths add for
 * someone who has declared nothing of the kind.
 */
export function activeRuleInterests(db: Db, personId: string, today: string): RuleInterest[] {
  const rows = prepared(
    db,
    `SELECT ${RULE_COLUMNS} FROM interests WHERE person_id = @personId AND ${RUNS_TODAY} AND (service_id IS NOT NULL OR stakeholder_id IS NOT NULL)`,
  ).all({ personId, today }) as RuleRow[];
  return rows.map(toRuleInterest);
}

/** Everyone's interests running today about these services or organisations, by person (through the service and organisation indexes). */
export function activeInterestsAbout(db: Db, serviceIds: readonly string[], stakeholderIds: readonly string[], today: string): Map<string, RuleInterest[]> {
  const byPerson = new Map<string, RuleInterest[]>();
  const add = (rows: RuleRow[]) => {
    for (const row of rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), toRuleInterest(row)]);
  };
  const byService = prepared(db, `SELECT ${RULE_COLUMNS} FROM interests WHERE service_id = @id AND ${RUNS_TODAY}`);
  const byStakeholder = prepared(db, `SELECT ${RULE_COLUMNS} FROM interests WHERE stakeholder_id = @id AND ${RUNS_TODAY}`);
  for (const id of new Set(serviceIds)) add(byService.all({ id, today }) as RuleRow[]);
  for (const id of new Set(stakeholderIds)) add(byStakeholder.all({ id, today }) as RuleRow[]);
  return byPerson;
}

/** Full rows of these interests, in the order asked. */
export function interestRows(db: Db, ids: readonly string[]): InterestRow[] {
  const one = prepared(db, `${INTEREST_SELECT} WHERE i.id = ?`);
  return ids.map((id) => one.get(id) as InterestRow | undefined).filter((row): row is InterestRow => row !== undefined);
}
