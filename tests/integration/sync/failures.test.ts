/** A failed sync says why and changes nothing on the laptop; the next one carries on. */
import { createServer, connect, type Server, type Socket } from 'node:net';
import { expect, it } from 'vitest';
import { createJobContext } from '../../../main/jobs/job-context';
import { tableCounts } from '../../../main/store/database';
import { storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { adminClient, configure, describeWithServer, freshServer, organisation, syncOnce, type Laptop } from './sync-fixture';

const snapshot = (laptop: Laptop) => {
  const db = laptop.store.requireDb();
  const counts = tableCounts(db);
  return { ...counts, audit_log: 0, settings: 0, stories: db.prepare('SELECT * FROM stories ORDER BY seq').all() };
};

async function expectCode(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ code });
}

/** A TCP relay to the server that can be cut, as a server going away mid-sync would. */
async function relay(host: string, port: number): Promise<{ port: number; cutAfter(bytes: number): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let budget = Infinity;
  const server: Server = createServer((client) => {
    const upstream = connect(port, host);
    sockets.add(client).add(upstream);
    // Bytes either way count against the budget; past it, both ends are cut.
    const pass = (to: Socket) => (data: Buffer) => {
      budget -= data.length;
      if (budget < 0) {
        client.destroy();
        upstream.destroy();
      } else to.write(data);
    };
    upstream.on('data', pass(client));
    client.on('data', pass(upstream));
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cutAfter: (bytes) => {
      budget = bytes;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describeWithServer('a sync that fails', () => {
  it('says the server cannot be reached, the password is wrong, or the certificate is not trusted', async () => {
    const server = await freshServer();
    const laptop = await storeWithPeople();
    laptop.sync.createKey();
    configure(laptop, { ...server, port: 1 });
    await expectCode(syncOnce(laptop), 'SYNC_UNREACHABLE');
    configure(laptop, server, 'not the password');
    await expectCode(syncOnce(laptop), 'SYNC_AUTH');
    configure(laptop, { ...server, caFile: null });
    await expectCode(syncOnce(laptop), 'SYNC_TLS');
    await expectCode(laptop.sync.testConnection({ ...server, caFile: null }, null), 'SYNC_TLS');
    expect(laptop.sync.status().lastRun).toMatchObject({ ok: false, code: 'SYNC_TLS' });
    configure(laptop, server);
    expect(await laptop.sync.testConnection(server, null)).toMatchObject({ tls: true, schemaVersion: null });
    expect((await syncOnce(laptop)).sent).toBeGreaterThan(0);
  });

  it('refuses a server set up by a newer Verbatim', async () => {
    const server = await freshServer();
    const { officeA } = await organisation(server);
    await syncOnce(officeA);
    const client = await adminClient(server.database);
    await client.query("UPDATE verbatim_sync_meta SET value = '2' WHERE key = 'schema_version'");
    await client.end();
    officeA.stories.save(story());
    const before = snapshot(officeA);
    await expectCode(syncOnce(officeA), 'SYNC_SERVER_NEWER');
    await expectCode(officeA.sync.testConnection(server, null), 'SYNC_SERVER_NEWER');
    expect(snapshot(officeA)).toEqual(before);
  });

  it('tells a wrong sync key apart, and refuses a tampered blob with nothing applied', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    officeA.stories.save(story({ text: 'Kept safe.' }));
    await syncOnce(officeA);

    const stranger = await storeWithPeople();
    configure(stranger, server);
    stranger.sync.createKey();
    const strangerBefore = snapshot(stranger);
    await expectCode(syncOnce(stranger), 'SYNC_WRONG_KEY');
    expect(snapshot(stranger)).toEqual(strangerBefore);

    const client = await adminClient(server.database);
    const { rows } = await client.query("SELECT device_id, seq, blob FROM verbatim_sync_batches WHERE audience = 'office' ORDER BY seq LIMIT 1");
    const blob = Buffer.from(rows[0].blob as Buffer);
    blob.writeUInt8(blob.readUInt8(blob.length - 40) ^ 0x01, blob.length - 40);
    await client.query('UPDATE verbatim_sync_batches SET blob = $1 WHERE device_id = $2 AND seq = $3', [blob, rows[0].device_id, rows[0].seq]);
    const before = snapshot(officeB);
    await expectCode(syncOnce(officeB), 'SYNC_TAMPERED');
    expect(snapshot(officeB)).toEqual(before);
    // A blob moved to another row is refused too.
    await client.query('UPDATE verbatim_sync_batches SET seq = seq + 100 WHERE device_id = $1 AND seq = $2', [rows[0].device_id, rows[0].seq]);
    await expectCode(syncOnce(officeB), 'SYNC_TAMPERED');
    expect(snapshot(officeB)).toEqual(before);
    await client.end();
  });

  it('survives the server going away mid-sync, and a sync killed halfway: nothing repeated, nothing lost', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    for (let i = 0; i < 1200; i += 1) officeA.stories.save(story({ text: `Story ${i} of many.` }));
    const link = await relay(server.host, server.port);
    try {
      const through = { ...server, host: '127.0.0.1', port: link.port };
      configure(officeA, through);
      link.cutAfter(20_000);
      await expectCode(syncOnce(officeA), 'SYNC_UNREACHABLE');
      expect(officeA.sync.status().waiting).toBeGreaterThanOrEqual(1200);
      link.cutAfter(Infinity);
      await syncOnce(officeA);
      expect(officeA.sync.status().waiting).toBe(0);

      configure(officeB, through);
      const before = snapshot(officeB);
      link.cutAfter(200_000);
      await expectCode(syncOnce(officeB), 'SYNC_UNREACHABLE');
      expect(snapshot(officeB)).toEqual(before);
      // Killed (cancelled) after everything was fetched and checked, before the merge.
      link.cutAfter(Infinity);
      const context = createJobContext((_done, _total, phase) => {
        if (phase === 'merging') context.cancel();
      });
      await expectCode(syncOnce(officeB, context), 'CANCELLED');
      expect(snapshot(officeB)).toEqual(before);
      const report = await syncOnce(officeB);
      expect(report.received).toBe(1200);
      expect(officeB.store.requireDb().prepare('SELECT count(*) FROM stories').pluck().get()).toBe(1200);
      expect((await syncOnce(officeB)).received).toBe(0);
    } finally {
      await link.close();
    }
  });

  it('pushes again after a push whose server commit was not recorded here, and the other laptop still has each story once', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    officeA.stories.save(story({ text: 'Sent twice, stored once.' }));
    await syncOnce(officeA);
    // As if the app stopped after the server committed but before this laptop noted it.
    officeA.store.requireDb().prepare("DELETE FROM settings WHERE key IN ('sync_push_cursor', 'sync_next_seq')").run();
    await syncOnce(officeA);
    const report = await syncOnce(officeB);
    expect(report.applied).toBe(1);
    expect(officeB.store.requireDb().prepare('SELECT count(*) FROM stories').pluck().get()).toBe(1);
  });
});
