/**
 * Matching what the field's stories refer to with what this store already has:
 * people by id; services by id, then ODS code, then exact name and type; events
 * by id; codes by id, then key. Anything not found is created (people as
 * accounts that cannot sign in).
 */
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { BundleRows, CodeLine, ServiceLine } from './bundle-lines';

type Row<T extends keyof BundleRows> = BundleRows[T][number];

export interface ReferencePlan {
  /** Field id → this store's id, for services and codes (people and events keep their ids). */
  serviceIds: Map<string, string>;
  codeIds: Map<string, string>;
  usersToCreate: Row<'users'>[];
  servicesToCreate: ServiceLine[];
  eventsToCreate: Row<'events'>[];
  /** In an order where each parent comes before its children, parent ids already mapped. */
  codesToCreate: CodeLine[];
}

function matchService(db: Db, service: ServiceLine): string | null {
  const byId = prepared(db, 'SELECT id FROM services WHERE id = ?').pluck().get(service.id) as string | undefined;
  if (byId) return byId;
  if (service.ods_code !== null) {
    const byOds = prepared(db, 'SELECT id FROM services WHERE ods_code = ? ORDER BY retired_at IS NOT NULL, created_at LIMIT 1').pluck().get(service.ods_code) as
      | string
      | undefined;
    if (byOds) return byOds;
  }
  const byName = prepared(db, 'SELECT id FROM services WHERE name = ? AND type = ? ORDER BY retired_at IS NOT NULL, created_at LIMIT 1')
    .pluck()
    .get(service.name, service.type) as string | undefined;
  return byName ?? null;
}

function planCodes(db: Db, codes: CodeLine[], plan: ReferencePlan): void {
  let pending = [...codes];
  while (pending.length > 0) {
    const waiting: CodeLine[] = [];
    for (const code of pending) {
      if (code.parent_id !== null && !plan.codeIds.has(code.parent_id)) {
        waiting.push(code);
        continue;
      }
      const existing =
        (prepared(db, 'SELECT id FROM codes WHERE id = ?').pluck().get(code.id) as string | undefined) ??
        (code.key === null ? undefined : (prepared(db, 'SELECT id FROM codes WHERE key = ?').pluck().get(code.key) as string | undefined));
      if (existing) {
        plan.codeIds.set(code.id, existing);
      } else {
        plan.codeIds.set(code.id, code.id);
        plan.codesToCreate.push({ ...code, parent_id: code.parent_id === null ? null : plan.codeIds.get(code.parent_id)! });
      }
    }
    // The bundle's references were checked, so a round without progress means a cycle.
    if (waiting.length === pending.length) throw new Error('the codes in the transfer file refer to each other in a circle');
    pending = waiting;
  }
}

export function planReferences(db: Db, rows: BundleRows): ReferencePlan {
  const plan: ReferencePlan = { serviceIds: new Map(), codeIds: new Map(), usersToCreate: [], servicesToCreate: [], eventsToCreate: [], codesToCreate: [] };
  const userExists = prepared(db, 'SELECT 1 FROM users WHERE id = ?').pluck();
  plan.usersToCreate = rows.users.filter((user) => !userExists.get(user.id));
  for (const service of rows.services) {
    const match = matchService(db, service);
    plan.serviceIds.set(service.id, match ?? service.id);
    if (!match) plan.servicesToCreate.push(service);
  }
  const eventExists = prepared(db, 'SELECT 1 FROM events WHERE id = ?').pluck();
  plan.eventsToCreate = rows.events.filter((event) => !eventExists.get(event.id));
  planCodes(db, rows.codes, plan);
  return plan;
}

export function writeReferences(db: Db, plan: ReferencePlan, now: string): void {
  const user = prepared(db, 'INSERT INTO users (id, name, role, pin_hash, created_at) VALUES (?, ?, ?, NULL, ?)');
  for (const row of plan.usersToCreate) user.run(row.id, row.name, row.role, now);
  const service = prepared(
    db,
    'INSERT INTO services (id, name, type, ods_code, cqc_location_id, created_at, retired_at) VALUES (@id, @name, @type, @ods_code, @cqc_location_id, @created_at, @retired_at)',
  );
  for (const row of plan.servicesToCreate) service.run(row);
  const event = prepared(
    db,
    'INSERT INTO events (id, name, held_on, place, partner, created_by, created_at) VALUES (@id, @name, @held_on, @place, @partner, @created_by, @created_at)',
  );
  for (const row of plan.eventsToCreate) event.run(row);
  const code = prepared(
    db,
    `INSERT INTO codes (id, key, parent_id, name, description, position, retired_at, created_at)
     VALUES (@id, @key, @parent_id, @name, @description, @position, @retired_at, @created_at)`,
  );
  for (const row of plan.codesToCreate) code.run(row);
}
