/**
 * The audit trail: append-only (the database refuses updates and deletes) and
 * hash-chained, so that any later change to an entry, or a removed entry, shows
 * up when the chain is verified. The hash of the newest entry is also kept in
 * settings, so that entries cut from the end are noticed too.
 */
import { createHash } from 'node:crypto';
import type { AuditAction, AuditEntry, AuditVerification } from '../../shared/audit/schemas';
import type { Db } from '../store/database';
import { readSetting, writeSetting } from '../store/settings-table';
import { prepared } from '../store/prepared';

export const GENESIS_HASH = '0'.repeat(64);
const HEAD_SETTING = 'audit_head';

export interface Actor {
  id: string | null;
  name: string | null;
}

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The hash covers every field of the entry and the previous entry's hash. */
export function entryHash(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.actor_id,
    row.actor_name,
    row.action,
    row.entity_type,
    row.entity_id,
    row.details,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Appends one entry. Call inside the transaction that makes the change it records. */
export function appendAudit(db: Db, actor: Actor, record: AuditRecord, now = new Date()): void {
  const last = prepared(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: now.toISOString(),
    actor_id: actor.id,
    actor_name: actor.name,
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId,
    details: JSON.stringify(record.details ?? {}),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const hash = entryHash(row);
  prepared(db, 
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, entity_type, entity_id, details, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @actor_name, @action, @entity_type, @entity_id, @details, @prev_hash, @hash)`,
  ).run({ ...row, hash });
  writeSetting(db, HEAD_SETTING, `${row.seq}:${hash}`);
}

const toEntry = (row: AuditRow): AuditEntry => ({
  seq: row.seq,
  at: row.at,
  actorId: row.actor_id,
  actorName: row.actor_name,
  action: row.action as AuditAction,
  entityType: row.entity_type,
  entityId: row.entity_id,
  details: JSON.parse(row.details) as Record<string, unknown>,
});

export function auditFor(db: Db, entityType: string, entityId: string): AuditEntry[] {
  const rows = prepared(db, 'SELECT * FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY seq').all(entityType, entityId) as AuditRow[];
  return rows.map(toEntry);
}

/** Walks the whole chain and reports the first entry that does not fit. */
export function verifyAudit(db: Db): AuditVerification {
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  const broken = (seq: number, problem: string): AuditVerification => ({ entries, ok: false, firstBrokenSeq: seq, problem });
  for (const row of prepared(db, 'SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    entries += 1;
    if (row.seq !== expectedSeq) return broken(expectedSeq, `entry ${expectedSeq} is missing`);
    if (row.prev_hash !== previous) return broken(row.seq, `entry ${row.seq} does not follow entry ${row.seq - 1}`);
    const { hash, ...rest } = row;
    if (entryHash(rest) !== hash) return broken(row.seq, `entry ${row.seq} has been altered`);
    previous = hash;
    expectedSeq += 1;
  }
  const head = readSetting(db, HEAD_SETTING);
  if (head !== null && head !== `${expectedSeq - 1}:${previous}`) {
    const headSeq = Number(head.split(':')[0]);
    return broken(expectedSeq, `entries after ${expectedSeq - 1} (up to ${headSeq}) are missing`);
  }
  return { entries, ok: true, firstBrokenSeq: null, problem: null };
}
