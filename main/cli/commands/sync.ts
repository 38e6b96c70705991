import { createJobContext } from '../../jobs/job-context';
import { syncServerSchema, type SyncServer } from '../../../shared/sync/schemas';
import { UsageError, UserError, type CliCommand } from '../command';
import { openStore, parse, requireOption, serviceCall, storeOptions } from '../store-options';

export const SYNC_PASSWORD_ENV = 'VERBATIM_SYNC_PASSWORD';

/**
 * postgres://USER@HOST[:PORT]/DATABASE[?sslmode=disable|require|verify-full][&sslrootcert=/path/ca.pem]
 * TLS with a verified certificate unless sslmode says otherwise; never a password in the URL.
 */
export function serverFromUrl(text: string): SyncServer {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError('--server must be a URL such as postgres://verbatim@db.example.org:5432/verbatim');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') throw new UsageError('--server must start with postgres://');
  if (url.password) throw new UsageError(`put the server's password in ${SYNC_PASSWORD_ENV}, not in the URL`);
  const mode = url.searchParams.get('sslmode') ?? 'verify-full';
  if (!['disable', 'require', 'verify-full'].includes(mode)) throw new UsageError('sslmode must be disable, require or verify-full');
  const parsed = syncServerSchema.safeParse({
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    database: decodeURIComponent(url.pathname.slice(1)),
    user: decodeURIComponent(url.username),
    tls: mode !== 'disable',
    verifyCertificate: mode === 'verify-full',
    caFile: url.searchParams.get('sslrootcert'),
  });
  if (!parsed.success) throw new UsageError('--server needs a user, a host and a database: postgres://USER@HOST:PORT/DATABASE');
  return parsed.data;
}

export const syncCommand: CliCommand = {
  name: 'sync',
  summary: 'send this store\'s changes to the sync server and merge what other laptops sent (all or nothing)',
  usage:
    'Usage: verbatim sync --db PATH --server postgres://USER@HOST:PORT/DATABASE[?sslmode=verify-full&sslrootcert=CA.pem] [--passphrase-file FILE]\n' +
    `  The server's password comes from ${SYNC_PASSWORD_ENV}. The store must have been enrolled for sync in the app.`,
  async run(args, io) {
    const { values, positionals } = parse(args, { ...storeOptions, server: { type: 'string' } });
    const dbPath = requireOption(values.db, '--db');
    const server = serverFromUrl(requireOption(values.server, '--server'));
    if (positionals.length > 0) throw new UsageError('sync takes no other arguments');
    const password = io.env[SYNC_PASSWORD_ENV];
    if (!password) throw new UserError(`set ${SYNC_PASSWORD_ENV} to the sync server's password`);
    const services = await openStore(io, dbPath, values['passphrase-file']);
    try {
      const user = await serviceCall(() => services.users.actAsCommandLine());
      const counts = await serviceCall(() => services.sync.run(user, createJobContext(), { server, password }));
      io.stdout.write(`sent: ${counts.sent}\nreceived: ${counts.received}\napplied: ${counts.applied}\nconflicts: ${counts.conflicts}\n`);
      return 0;
    } finally {
      services.store.lock();
    }
  },
};
