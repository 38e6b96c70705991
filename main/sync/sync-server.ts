/**
 * The PostgreSQL server, as Verbatim uses it: a client connection (node-postgres,
 * TLS through Node's own tls), the two tables Verbatim makes on first connection,
 * and the few queries push and pull need. The server holds opaque blobs and only
 * what paging needs: the laptop's id, the batch number, the time and the audience.
 * Every failure becomes a SYNC_* error a person can act on.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { SyncServer } from '../../shared/sync/schemas';
import { ServiceError } from '../../shared/result';

export const SERVER_SCHEMA_VERSION = 1;
/** Held while the tables are made, so two laptops connecting at once do not trip over each other. */
const SCHEMA_LOCK = 4_242_001;
const CONNECT_TIMEOUT_MS = 10_000;
const QUERY_TIMEOUT_MS = 120_000;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS verbatim_sync_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
  );
  CREATE TABLE IF NOT EXISTS verbatim_sync_batches (
    device_id  text        NOT NULL,
    seq        bigint      NOT NULL CHECK (seq > 0),
    audience   text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    blob       bytea       NOT NULL,
    PRIMARY KEY (device_id, seq)
  );
  CREATE INDEX IF NOT EXISTS verbatim_sync_batches_audience ON verbatim_sync_batches (audience, device_id, seq);`;

export interface StoredBatch {
  deviceId: string;
  seq: number;
  audience: string;
  blob: Buffer;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE']);
const AUTH_CODES = new Set(['28P01', '28000', '3D000']);

/** The plain-English failure for anything the connection or a query threw. */
export function syncErrorOf(error: unknown, server: Pick<SyncServer, 'host' | 'port' | 'database' | 'user'>): ServiceError {
  if (error instanceof ServiceError) return error;
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const text = String(message ?? error);
  const where = `${server.host}:${server.port}`;
  if (code && AUTH_CODES.has(code)) {
    return new ServiceError('SYNC_AUTH', `The server at ${where} refused user "${server.user}" for database "${server.database}": ${text}.`);
  }
  if (
    /SSL|TLS|certificate|self[- ]signed|unable to verify/i.test(text) ||
    (code !== undefined && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
  ) {
    return new ServiceError('SYNC_TLS', `The secure connection to ${where} failed: ${text}.`);
  }
  if ((code && NETWORK_CODES.has(code)) || /timeout|terminated|Connection|ECONNRESET|socket/i.test(text)) {
    return new ServiceError('SYNC_UNREACHABLE', `The sync server at ${where} could not be reached or went away: ${text}.`);
  }
  return new ServiceError('SYNC_SERVER_ERROR', `The sync server at ${where} answered with an error: ${text}.`);
}

function tlsOptions(server: SyncServer): pg.ClientConfig['ssl'] {
  if (!server.tls) return false;
  let ca: Buffer | undefined;
  if (server.caFile !== null) {
    try {
      ca = readFileSync(server.caFile);
    } catch {
      throw new ServiceError('SYNC_TLS', `The certificate authority file ${server.caFile} could not be read.`);
    }
  }
  return { rejectUnauthorized: server.verifyCertificate, ...(ca ? { ca } : {}) };
}

/** One open connection to the server. Close it when done. */
export class SyncConnection {
  private constructor(
    private readonly client: pg.Client,
    private readonly server: SyncServer,
  ) {}

  static async open(server: SyncServer, password: string): Promise<SyncConnection> {
    const client = new pg.Client({
      host: server.host,
      port: server.port,
      database: server.database,
      user: server.user,
      password,
      ssl: tlsOptions(server),
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
      application_name: 'verbatim-sync',
    });
    // A connection lost while idle is reported by the next query; nothing to do here.
    client.on('error', () => {});
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {});
      throw syncErrorOf(error, server);
    }
    return new SyncConnection(client, server);
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }

  private async query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
    try {
      return (await this.client.query<T>(sql, values)).rows;
    } catch (error) {
      throw syncErrorOf(error, this.server);
    }
  }

  private async inTransaction<T>(work: () => Promise<T>): Promise<T> {
    await this.query('BEGIN');
    try {
      const result = await work();
      await this.query('COMMIT');
      return result;
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }

  async serverVersion(): Promise<string> {
    const [row] = await this.query<{ server_version: string }>('SHOW server_version');
    return row?.server_version ?? 'unknown';
  }

  get encrypted(): boolean {
    return Boolean((this.client as unknown as { connection?: { stream?: { encrypted?: boolean } } }).connection?.stream?.encrypted);
  }

  /** The schema version the server holds, or null before any laptop made the tables. */
  async schemaVersion(): Promise<number | null> {
    const [exists] = await this.query<{ found: string | null }>("SELECT to_regclass('verbatim_sync_meta')::text AS found");
    if (!exists?.found) return null;
    const [row] = await this.query<{ value: string }>("SELECT value FROM verbatim_sync_meta WHERE key = 'schema_version'");
    return row ? Number(row.value) : null;
  }

  /** Makes the tables if they are missing; refuses a server set up by a newer Verbatim. */
  async prepareSchema(): Promise<void> {
    await this.inTransaction(async () => {
      await this.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      const version = await this.schemaVersion();
      if (version !== null && version > SERVER_SCHEMA_VERSION) {
        throw new ServiceError(
          'SYNC_SERVER_NEWER',
          `The sync server's tables are at version ${version}, made by a newer Verbatim; this one understands version ${SERVER_SCHEMA_VERSION}. Update Verbatim on this laptop.`,
        );
      }
      await this.query(SCHEMA);
      await this.query("INSERT INTO verbatim_sync_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO NOTHING", [String(SERVER_SCHEMA_VERSION)]);
    });
  }

  /** Records each audience's key check where none is recorded yet, and answers every one recorded. */
  async keyChecks(toRecord: ReadonlyMap<string, string>): Promise<Map<string, string>> {
    for (const [audience, check] of toRecord) {
      await this.query('INSERT INTO verbatim_sync_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [`key_check:${audience}`, check]);
    }
    const rows = await this.query<{ key: string; value: string }>("SELECT key, value FROM verbatim_sync_meta WHERE key LIKE 'key\\_check:%'");
    return new Map(rows.map((row) => [row.key.slice('key_check:'.length), row.value]));
  }

  /** The highest batch number this laptop has on the server (0 if none). */
  async lastSeqOf(deviceId: string): Promise<number> {
    const [row] = await this.query<{ last: string | null }>('SELECT max(seq)::text AS last FROM verbatim_sync_batches WHERE device_id = $1', [deviceId]);
    return Number(row?.last ?? 0);
  }

  /**
   * Stores the batches in one transaction: all of them or none. A batch already there
   * is left as it is. Each is sent as soon as it is made, without waiting for the
   * answer to the one before, so the server stores one while the next is being made.
   */
  async insertBatches(batches: AsyncIterable<StoredBatch>): Promise<void> {
    await this.inTransaction(async () => {
      const sent: Array<Promise<unknown>> = [];
      let failure = null as { error: unknown } | null;
      for await (const batch of batches) {
        if (failure) throw failure.error;
        const insert = this.query('INSERT INTO verbatim_sync_batches (device_id, seq, audience, blob) VALUES ($1, $2, $3, $4) ON CONFLICT (device_id, seq) DO NOTHING', [
          batch.deviceId,
          batch.seq,
          batch.audience,
          batch.blob,
        ]);
        insert.catch((error: unknown) => (failure ??= { error }));
        sent.push(insert);
      }
      await Promise.all(sent);
    });
  }

  /** Each other laptop with batches in these audiences, and its highest batch number. */
  async devicesWith(audiences: readonly string[], exceptDevice: string): Promise<Map<string, number>> {
    const rows = await this.query<{ device_id: string; last: string }>(
      'SELECT device_id, max(seq)::text AS last FROM verbatim_sync_batches WHERE audience = ANY($1) AND device_id <> $2 GROUP BY device_id ORDER BY device_id',
      [audiences, exceptDevice],
    );
    return new Map(rows.map((row) => [row.device_id, Number(row.last)]));
  }

  /** The next batches of one laptop in these audiences after `afterSeq`, oldest first. */
  async batchesAfter(deviceId: string, audiences: readonly string[], afterSeq: number, limit: number): Promise<StoredBatch[]> {
    const rows = await this.query<{ number: string; audience: string; blob: Buffer }>(
      'SELECT seq::text AS number, audience, blob FROM verbatim_sync_batches WHERE device_id = $1 AND audience = ANY($2) AND seq > $3 ORDER BY seq LIMIT $4',
      [deviceId, audiences, afterSeq, limit],
    );
    return rows.map((row) => ({ deviceId, seq: Number(row.number), audience: row.audience, blob: row.blob }));
  }

  /** Field laptops' audiences the server knows of (from their key checks). */
  async fieldNumbers(): Promise<number[]> {
    const rows = await this.query<{ key: string }>("SELECT key FROM verbatim_sync_meta WHERE key LIKE 'key\\_check:field-%'");
    return rows.map((row) => Number(row.key.slice('key_check:field-'.length))).filter((n) => Number.isInteger(n) && n > 0);
  }
}
