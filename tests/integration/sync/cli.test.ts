import { expect, it } from 'vitest';
import { serverFromUrl } from '../../../main/cli/commands/sync';
import { verbatim } from '../../helpers/cli';
import { story } from '../../helpers/story-fixture';
import { PASSPHRASE } from '../../helpers/temp-store';
import { describeWithServer, freshServer, organisation, serverPassword } from './sync-fixture';

describeWithServer('verbatim sync', () => {
  it('prints sent, received, applied and conflicts; exits 1 with one line and nothing applied on a failure; 2 on wrong usage', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    officeA.stories.save(story({ text: 'Sent from the command line.' }));
    officeA.store.lock();
    officeB.store.lock();
    const url = `postgres://${server.user}@${server.host}:${server.port}/${server.database}?sslmode=verify-full&sslrootcert=${encodeURIComponent(server.caFile ?? '')}`;
    const env = { VERBATIM_PASSPHRASE: PASSPHRASE, VERBATIM_SYNC_PASSWORD: serverPassword() };
    const sent = await verbatim(['sync', '--db', officeA.dbPath, '--server', url], { env });
    expect(sent.stderr).toBe('');
    expect(sent.code).toBe(0);
    // The story, the four people on the new store and the command line's own account.
    expect(sent.stdout).toMatch(/^sent: 6\nreceived: 0\napplied: 0\nconflicts: 0\n$/);

    const wrong = await verbatim(['sync', '--db', officeB.dbPath, '--server', url], { env: { ...env, VERBATIM_SYNC_PASSWORD: 'wrong' } });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    const received = await verbatim(['sync', '--db', officeB.dbPath, '--server', url], { env });
    expect(received.stdout).toContain('received: 1\napplied: 1\n');

    expect((await verbatim(['sync', '--db', officeB.dbPath], { env })).code).toBe(2);
    expect((await verbatim(['sync', '--db', officeB.dbPath, '--server', 'postgres://u:secret@h/d'], { env })).code).toBe(2);
  });
});

it('reads a server URL: verified TLS unless told otherwise', () => {
  expect(serverFromUrl('postgres://verbatim@db.example.org/hw')).toEqual({ host: 'db.example.org', port: 5432, database: 'hw', user: 'verbatim', tls: true, verifyCertificate: true, caFile: null });
  expect(serverFromUrl('postgresql://a@127.0.0.1:6543/x?sslmode=disable')).toMatchObject({ port: 6543, tls: false, verifyCertificate: false });
});
