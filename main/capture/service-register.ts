/** The services register: the GP practices, hospitals and others a story can be about. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Service, serviceInputSchema } from '../../shared/capture/story';
import type { ServiceType } from '../../shared/capture/vocabulary';
import { ServiceError } from '../../shared/result';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../store/database';
import type { UserService } from '../users/user-service';
import { prepared } from '../store/prepared';

interface ServiceRow {
  id: string;
  name: string;
  type: ServiceType;
  ods_code: string | null;
  cqc_location_id: string | null;
  retired_at: string | null;
}

export const toService = (row: ServiceRow): Service => ({
  id: row.id,
  name: row.name,
  type: row.type,
  odsCode: row.ods_code,
  cqcLocationId: row.cqc_location_id,
  retired: row.retired_at !== null,
});

export type ServiceInput = z.infer<typeof serviceInputSchema>;

export class ServiceRegister {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  list(includeRetired: boolean): Service[] {
    this.users.require();
    const rows = this.db()
      .prepare(`SELECT * FROM services ${includeRetired ? '' : 'WHERE retired_at IS NULL'} ORDER BY retired_at IS NOT NULL, name`)
      .all() as ServiceRow[];
    return rows.map(toService);
  }

  create(input: ServiceInput): Service {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, 'INSERT INTO services (id, name, type, ods_code, cqc_location_id, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        input.name,
        input.type,
        input.odsCode,
        input.cqcLocationId,
        new Date().toISOString(),
      );
      appendAudit(db, this.users.actorOf(user), { action: 'service.create', entityType: 'service', entityId: id, details: { ...input } });
    })();
    return this.get(id);
  }

  update(id: string, input: ServiceInput): Service {
    const user = this.users.require('staff', 'admin');
    const before = this.get(id);
    const db = this.db();
    db.transaction(() => {
      prepared(db, 'UPDATE services SET name = ?, type = ?, ods_code = ?, cqc_location_id = ? WHERE id = ?').run(
        input.name,
        input.type,
        input.odsCode,
        input.cqcLocationId,
        id,
      );
      appendAudit(db, this.users.actorOf(user), { action: 'service.update', entityType: 'service', entityId: id, details: { before, after: input } });
    })();
    return this.get(id);
  }

  /** Retired services stay on the stories that name them but are no longer offered. */
  retire(id: string): Service {
    const user = this.users.require('staff', 'admin');
    this.get(id);
    const db = this.db();
    db.transaction(() => {
      prepared(db, 'UPDATE services SET retired_at = ? WHERE id = ? AND retired_at IS NULL').run(new Date().toISOString(), id);
      appendAudit(db, this.users.actorOf(user), { action: 'service.retire', entityType: 'service', entityId: id });
    })();
    return this.get(id);
  }

  get(id: string): Service {
    const row = prepared(this.db(), 'SELECT * FROM services WHERE id = ?').get(id) as ServiceRow | undefined;
    if (!row) throw new ServiceError('UNKNOWN_SERVICE', 'That service is not in the register.');
    return toService(row);
  }
}
