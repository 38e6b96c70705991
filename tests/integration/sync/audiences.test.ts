/** Roles still hold through sync, by the keys each laptop holds; the server never sees a word. */
import { expect, it } from 'vitest';
import { rowTables } from '../../../main/store/database';
import { openBatch } from '../../../main/sync/batch-envelope';
import { Keyring } from '../../../main/sync/sync-key';
import { readEnrolment } from '../../../main/sync/sync-settings';
import type { Mask } from '../../../shared/masks/schemas';
import { story } from '../../helpers/story-fixture';
import { adminClient, describeWithServer, enrolled, freshServer, organisation, syncOnce, type Laptop } from './sync-fixture';

const NAME = 'Patience Okonkwo';
const POSTCODE = 'SW1A 1AA';
const PHONE = '07700 900456';
const EMAIL = 'patience@example.org';
const TEXT = `My neighbour ${NAME} at ${POSTCODE} said the ward never called back on ${PHONE}.`;
const UNCHECKED = 'Nobody has checked these words yet, about Dr Quentin Marwood.';

function masked(text: string, parts: Array<[string, Mask['type']]>): Mask[] {
  return parts.map(([part, type]) => {
    const start = text.indexOf(part);
    return { start, end: start + part.length, type, origin: 'added', confidence: 'high', rule: 'test' };
  });
}

/** Every text value in every table of a laptop's store. */
function everyText(laptop: Laptop): string {
  const db = laptop.store.requireDb();
  return rowTables(db).map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all())).join('\n');
}

describeWithServer('audiences', () => {
  it('gives a volunteer laptop only anonymised, checked words, and it cannot open a full batch', async () => {
    const server = await freshServer();
    const { officeA } = await organisation(server);
    const checked = officeA.stories.save(story({ text: TEXT, contact: { name: NAME, phone: PHONE, email: EMAIL }, consent: { keep: true, share: true, quote: false, contact: true } }));
    officeA.masks.saveCheck(checked.id, 1, masked(TEXT, [[NAME, 'PERSON'], [POSTCODE, 'POSTCODE'], [PHONE, 'PHONE']]));
    officeA.stories.save(story({ text: UNCHECKED }));
    const volunteer = await enrolled(officeA, server, 'volunteer');
    // The volunteer, signed in on their own laptop, syncs.
    await volunteer.users.signIn(volunteer.volunteerId, '9753');
    await syncOnce(officeA);
    const report = await syncOnce(volunteer);
    expect(report.received).toBe(1);
    const packs = volunteer.receivedPacks.list();
    expect(packs).toHaveLength(1);
    const { stories } = volunteer.receivedPacks.stories(packs[0]!.id);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.text).not.toContain('Okonkwo');
    expect(stories[0]!.text).toContain('the ward never called back');
    const held = everyText(volunteer);
    for (const secret of [NAME, 'Okonkwo', POSTCODE, PHONE, EMAIL, 'Marwood', UNCHECKED]) expect(held).not.toContain(secret);
    expect(volunteer.store.requireDb().prepare('SELECT count(*) FROM stories').pluck().get()).toBe(0);

    // Even holding the office's blob, the volunteer's keys cannot open it.
    const keyring = new Keyring(readEnrolment(volunteer.store.requireDb())!);
    expect(keyring.keyFor('office')).toBeNull();
    const client = await adminClient(server.database);
    const { rows } = await client.query("SELECT device_id, seq, audience, blob FROM verbatim_sync_batches WHERE audience = 'office' LIMIT 1");
    await client.end();
    const address = { deviceId: rows[0].device_id as string, seq: Number(rows[0].seq), audience: 'office' };
    expect(() => openBatch(rows[0].blob as Buffer, address, keyring.keyFor('volunteers')!)).toThrow(expect.objectContaining({ code: 'SYNC_WRONG_KEY' }));
    // Syncing again brings nothing twice.
    expect((await syncOnce(volunteer)).received).toBe(0);
  });

  it('sends a field laptop its captures to the office, and gives it reference data but no other laptop\'s stories', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    officeA.stories.save(story({ text: 'An office story the field must not get.' }));
    const surgery = officeA.register.create({ name: 'Canal Street Surgery', type: 'gp', odsCode: 'Y77701', cqcLocationId: null });
    const field = await enrolled(officeA, server, 'field');
    const other = await enrolled(officeA, server, 'field');
    await syncOnce(officeA);
    await syncOnce(field);
    const fieldDb = field.store.requireDb();
    expect(fieldDb.prepare('SELECT count(*) FROM stories').pluck().get()).toBe(0);
    expect(fieldDb.prepare('SELECT name FROM services WHERE id = ?').pluck().get(surgery.id)).toBe('Canal Street Surgery');
    expect(everyText(field)).not.toContain('An office story');

    const captured = field.stories.save(story({ text: 'Heard at the market: the pharmacy ran out.', serviceIds: [surgery.id] }));
    await syncOnce(field);
    await syncOnce(officeB);
    expect(officeB.stories.get(captured.id).text).toBe('Heard at the market: the pharmacy ran out.');
    await syncOnce(officeA);
    expect(officeA.stories.get(captured.id).services.map((s) => s.id)).toEqual([surgery.id]);
    // Another field laptop cannot read it, and is not sent it.
    await syncOnce(other);
    expect(everyText(other)).not.toContain('pharmacy ran out');
    const keyring = new Keyring(readEnrolment(other.store.requireDb())!);
    expect(keyring.keyFor(`field-${field.sync.status().fieldNumber}`)).toBeNull();
    expect(keyring.keyFor('office')).toBeNull();
  });

  it('leaves nothing readable on the server: no words, names, postcodes or contact details in any table or column', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    const saved = officeA.stories.save(story({ text: TEXT, contact: { name: NAME, phone: PHONE, email: EMAIL }, consent: { keep: true, share: true, quote: false, contact: true }, translation: 'Traducción de Patience' }));
    officeA.masks.saveCheck(saved.id, 1, masked(TEXT, [[NAME, 'PERSON']]));
    const field = await enrolled(officeA, server, 'field');
    await enrolled(officeA, server, 'volunteer');
    field.stories.save(story({ text: UNCHECKED, contact: { name: 'Quentin Marwood', email: 'q.marwood@example.org' }, consent: { keep: true, share: true, quote: false, contact: true } }));
    await syncOnce(officeA);
    await syncOnce(field);
    await syncOnce(officeB);

    const client = await adminClient(server.database);
    const tables = (await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).rows.map((row) => row.table_name as string);
    expect(tables.sort()).toEqual(['verbatim_sync_batches', 'verbatim_sync_meta']);
    const secrets = [TEXT, NAME, 'Okonkwo', 'Patience', POSTCODE, PHONE, EMAIL, 'Marwood', UNCHECKED, 'ward never called', 'Traducción', 'Ada Admin', 'Omar Outreach'];
    let cells = 0;
    for (const table of tables) {
      const columns = (await client.query('SELECT column_name FROM information_schema.columns WHERE table_name = $1', [table])).rows.map((row) => row.column_name as string);
      for (const column of columns) {
        const values = (await client.query(`SELECT "${column}"::text AS text, convert_to("${column}"::text, 'UTF8') AS bytes FROM ${table}`)).rows;
        const raw = (await client.query(`SELECT "${column}" AS value FROM ${table}`)).rows;
        for (const [index, row] of values.entries()) {
          cells += 1;
          const value = raw[index]!.value as unknown;
          const bytes = Buffer.isBuffer(value) ? value : Buffer.from(row.bytes as Buffer);
          for (const secret of secrets) {
            expect(row.text as string).not.toContain(secret);
            expect(bytes.includes(Buffer.from(secret, 'utf8'))).toBe(false);
            expect(bytes.includes(Buffer.from(secret, 'utf16le'))).toBe(false);
          }
        }
      }
    }
    expect(cells).toBeGreaterThan(20);
    await client.end();
  });
});
