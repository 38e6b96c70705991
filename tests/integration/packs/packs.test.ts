import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/core/handlers';
import { inProcessBackend } from '../../../main/ipc/backend';
import { createRouter } from '../../../main/ipc/router';
import { readZip } from '../../../main/bundles/zip/zip-reader';
import { zipToBuffer } from '../../../main/bundles/zip/zip-writer';
import { signedBundleToBuffer } from '../../../main/bundles/signed-bundle';
import { organisationSigningKey } from '../../../main/bundles/signing-key';
import type { PackStories } from '../../../shared/packs/schemas';
import { storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { tempFolder } from '../../helpers/temp-store';

const NAME_WORDS = 'My neighbour Bernadette Okonkwo waited on the phone for an hour to book the dentist.';
const PHONE = '07700 900461';
const EMAIL = 'bernadette.okonkwo@example.org';

const value = <T>(answer: unknown): T => {
  expect(answer).toMatchObject({ ok: true });
  return (answer as { value: T }).value;
};

/** The office: two checked stories (one with contact details), one unchecked; staff signed in. */
async function office() {
  const s = await storeWithPeople();
  const router = createRouter(inProcessBackend(createHandlers(s)));
  const checked = s.stories.save(
    story({ text: NAME_WORDS, consent: { keep: true, share: true, quote: false, contact: true }, contact: { name: 'Bernadette Okonkwo', phone: PHONE, email: EMAIL } }),
  ).id;
  const second = s.stories.save(story({ text: 'The pharmacist explained my new tablets slowly and kindly.', language: 'Polish', heardOn: '2026-10-03' })).id;
  const unchecked = s.stories.save(story({ text: 'Another dentist story, from Bernadette Okonkwo too.' })).id;
  s.masks.saveCheck(checked, 1, s.masks.review(checked).proposed);
  s.masks.saveCheck(second, 1, s.masks.review(second).proposed);
  await s.users.signIn(s.staffId, '8642');
  const folder = tempFolder();
  return { s, router, checked, second, unchecked, folder };
}

/** A volunteer's own Verbatim, with the volunteer signed in. */
async function volunteerLaptop() {
  const v = await storeWithPeople();
  await v.users.signIn(v.volunteerId, '9753');
  return { v, router: createRouter(inProcessBackend(createHandlers(v))) };
}

async function issue(o: Awaited<ReturnType<typeof office>>, storyIds = [o.checked, o.second]) {
  const outPath = join(o.folder, 'pack.zip');
  const issued = value<{ packId: string; stories: number }>(await o.router.handle('issuePack', { volunteerId: o.s.volunteerId, storyIds, outPath }));
  return { ...issued, outPath };
}

async function roundTrip() {
  const o = await office();
  const pack = await issue(o);
  const { v, router } = await volunteerLaptop();
  value(await router.handle('importPack', { path: pack.outPath }));
  const stories = value<PackStories>(await router.handle('getPackStories', { packId: pack.packId }));
  const kindness = stories.codebook.find((c) => c.name === 'Kindness and compassion')!;
  const phone = stories.codebook.find((c) => c.name === 'Getting through on the phone')!;
  const byText = (t: string) => stories.stories.find((x) => x.text.includes(t))!;
  value(
    await router.handle('savePackSuggestions', {
      packId: pack.packId,
      ref: byText('dentist').ref,
      themes: [{ codeId: phone.id, sentiment: 'negative' }],
      sentiment: 'negative',
      note: 'Long wait on the phone',
    }),
  );
  value(
    await router.handle('savePackSuggestions', {
      packId: pack.packId,
      ref: byText('pharmacist').ref,
      themes: [{ codeId: kindness.id, sentiment: 'positive' }],
      sentiment: null,
      note: null,
    }),
  );
  const resultsPath = join(o.folder, 'results.zip');
  expect(value(await router.handle('makePackResults', { packId: pack.packId, outPath: resultsPath }))).toEqual({ stories: 2, themes: 2 });
  return { o, v, router, pack, resultsPath };
}

describe('volunteer review packs', () => {
  it('hold only anonymised words, pack references and the codebook: no original identifier anywhere in the bytes', async () => {
    const o = await office();
    const pack = await issue(o);
    const bytes = readFileSync(pack.outPath);
    const entries = readZip(bytes);
    const everything = Buffer.concat([bytes, ...entries.values()]).toString('utf8');
    const deviceId = o.s.store.requireDb().prepare("SELECT value FROM settings WHERE key = 'device_id'").pluck().get() as string;
    for (const secret of ['Bernadette', 'Okonkwo', PHONE, EMAIL, o.checked, o.second, o.unchecked, o.s.volunteerId, o.s.staffId, deviceId, NAME_WORDS]) {
      expect(everything).not.toContain(secret);
    }
    const content = JSON.parse(entries.get('pack.json')!.toString('utf8'));
    expect(content.stories.map((x: { ref: string }) => x.ref)).toEqual(['S001', 'S002']);
    expect(content.stories[0]).toEqual({ ref: 'S001', text: expect.stringMatching(/^My neighbour \[PERSON 1\] waited/), language: 'English', heardMonth: '2026-11' });
    expect(content.stories[1]).toMatchObject({ language: 'Polish', heardMonth: '2026-10' });
    expect(content).toMatchObject({ packId: pack.packId, volunteerName: 'Val Volunteer', issuedByName: 'Sam Staff' });
    expect(content.codebook.length).toBeGreaterThan(10);
    const audit = o.s.store.requireDb().prepare("SELECT details FROM audit_log WHERE action = 'pack.issue'").pluck().all() as string[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!)).toMatchObject({ stories: 2 });
  });

  it('refuses a story whose masks are not checked, and writes no file', async () => {
    const o = await office();
    const outPath = join(o.folder, 'pack.zip');
    const answer = await o.router.handle('issuePack', { volunteerId: o.s.volunteerId, storyIds: [o.checked, o.unchecked], outPath });
    expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(existsSync(outPath)).toBe(false);
    expect(value<unknown[]>(await o.router.handle('listIssuedPacks', {}))).toEqual([]);
    const candidates = value<Array<{ id: string }>>(await o.router.handle('listPackCandidates', {}));
    expect(candidates.map((c) => c.id).sort()).toEqual([o.checked, o.second].sort());
  });

  it('imports a pack on the volunteer laptop once, into pack tables only, showing the signing key fingerprint', async () => {
    const o = await office();
    const pack = await issue(o);
    const { v, router } = await volunteerLaptop();
    const first = value<{ pack: { keyFingerprint: string; stories: number }; alreadyImported: boolean }>(await router.handle('importPack', { path: pack.outPath }));
    expect(first.alreadyImported).toBe(false);
    expect(first.pack.stories).toBe(2);
    expect(first.pack.keyFingerprint).toBe(organisationSigningKey(o.s.store.requireDb()).fingerprint);
    const again = value<{ alreadyImported: boolean }>(await router.handle('importPack', { path: pack.outPath }));
    expect(again.alreadyImported).toBe(true);
    const db = v.store.requireDb();
    expect(db.prepare('SELECT count(*) FROM received_pack_stories').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM stories').pluck().get()).toBe(0);
  });

  it('refuses a tampered pack, or a results file given as a pack, on the volunteer laptop, adding nothing', async () => {
    const { o, resultsPath, pack } = await roundTrip();
    const { v, router } = await volunteerLaptop();
    const entries = readZip(readFileSync(pack.outPath));
    const content = entries.get('pack.json')!.toString('utf8');
    entries.set('pack.json', Buffer.from(content.replace('[PERSON 1]', 'Bernadette')));
    const tampered = join(o.folder, 'tampered-pack.zip');
    writeFileSync(tampered, zipToBuffer([...entries].map(([name, data]) => ({ name, data }))));
    expect(await router.handle('importPack', { path: tampered })).toMatchObject({ ok: false, code: 'BUNDLE_TAMPERED' });
    expect(await router.handle('importPack', { path: resultsPath })).toMatchObject({ ok: false, code: 'BUNDLE_VERSION_UNSUPPORTED' });
    expect(await router.handle('importPack', { path: join(o.folder, 'missing.zip') })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(v.store.requireDb().prepare('SELECT count(*) FROM received_packs').pluck().get()).toBe(0);
  });

  it('brings suggestions back into Review → Suggestions, attributed to the volunteer; a second import changes nothing', async () => {
    const { o, resultsPath, pack } = await roundTrip();
    const imported = value<{ added: number; alreadyImported: number }>(await o.router.handle('importPackResults', { path: resultsPath }));
    expect(imported).toMatchObject({ packId: pack.packId, added: 2, alreadyImported: 0, notes: 1 });
    const pending = value<Array<{ id: number; storyId: string; codeName: string; suggestedByName: string; sentiment: string }>>(
      await o.router.handle('listSuggestions', { status: 'pending' }),
    );
    expect(pending.map((p) => [p.storyId, p.codeName, p.suggestedByName, p.sentiment]).sort()).toEqual(
      [
        [o.checked, 'Getting through on the phone', 'Val Volunteer', 'negative'],
        [o.second, 'Kindness and compassion', 'Val Volunteer', 'positive'],
      ].sort(),
    );
    const db = o.s.store.requireDb();
    const before = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const twice = value<{ added: number; alreadyImported: number }>(await o.router.handle('importPackResults', { path: resultsPath }));
    expect(twice).toMatchObject({ added: 0, alreadyImported: 2 });
    expect(db.prepare('SELECT count(*) FROM tag_suggestions').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe((before as number) + 1);
    value(await o.router.handle('decideSuggestion', { id: pending.find((p) => p.storyId === o.second)!.id, accept: true }));
    expect(o.s.tags.list(o.second).map((t) => t.codeName)).toContain('Kindness and compassion');
    const notes = value<Array<{ storyId: string; sentiment: string; note: string }>>(await o.router.handle('listPackNotes', { packId: pack.packId }));
    expect(notes.map(({ storyId, sentiment, note }) => ({ storyId, sentiment, note }))).toEqual([{ storyId: o.checked, sentiment: 'negative', note: 'Long wait on the phone' }]);
    const [issued] = value<Array<{ suggestionsImported: number; notes: number }>>(await o.router.handle('listIssuedPacks', {}));
    expect(issued).toMatchObject({ suggestionsImported: 2, notes: 1 });
  });

  it('refuses results for a pack this store did not issue, with the store unchanged', async () => {
    const { resultsPath } = await roundTrip();
    const other = await office();
    const db = other.s.store.requireDb();
    const before = [db.prepare('SELECT count(*) FROM tag_suggestions').pluck().get(), db.prepare('SELECT count(*) FROM audit_log').pluck().get()];
    const answer = await other.router.handle('importPackResults', { path: resultsPath });
    expect(answer).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((answer as { message: string }).message).toMatch(/did not issue/);
    expect([db.prepare('SELECT count(*) FROM tag_suggestions').pluck().get(), db.prepare('SELECT count(*) FROM audit_log').pluck().get()]).toEqual(before);
  });

  it('refuses a tampered results file, a pack given as results, and a reference outside the pack', async () => {
    const { o, v, resultsPath, pack } = await roundTrip();
    const db = o.s.store.requireDb();
    const count = () => db.prepare('SELECT count(*) FROM tag_suggestions').pluck().get();

    const entries = readZip(readFileSync(resultsPath));
    const results = JSON.parse(entries.get('results.json')!.toString('utf8'));
    entries.set('results.json', Buffer.from(JSON.stringify({ ...results, volunteerName: 'Someone Else' })));
    const tampered = join(o.folder, 'tampered.zip');
    writeFileSync(tampered, zipToBuffer([...entries].map(([name, data]) => ({ name, data }))));
    expect(await o.router.handle('importPackResults', { path: tampered })).toMatchObject({ ok: false, code: 'BUNDLE_TAMPERED' });

    expect(await o.router.handle('importPackResults', { path: pack.outPath })).toMatchObject({ ok: false, code: 'BUNDLE_VERSION_UNSUPPORTED' });

    const stray = { ...results, stories: [{ ref: 'S999', sentiment: null, note: 'x', themes: [] }] };
    const forged = join(o.folder, 'stray.zip');
    const built = signedBundleToBuffer({
      kind: 'volunteer-results',
      organisation: 'x',
      details: {},
      files: [{ name: 'results.json', data: JSON.stringify(stray) }],
      key: organisationSigningKey(v.store.requireDb()),
    });
    writeFileSync(forged, built.bytes);
    const answer = await o.router.handle('importPackResults', { path: forged });
    expect(answer).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect((answer as { message: string }).message).toMatch(/S999/);
    expect(count()).toBe(0);
  });

  it('checks roles through IPC: volunteers cannot issue or import results; staff cannot use the volunteer side', async () => {
    const o = await office();
    const pack = await issue(o);
    await o.s.users.signIn(o.s.volunteerId, '9753');
    expect(await o.router.handle('listPackCandidates', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await o.router.handle('issuePack', { volunteerId: o.s.volunteerId, storyIds: [o.checked], outPath: join(o.folder, 'x.zip') })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await o.router.handle('importPackResults', { path: pack.outPath })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await o.router.handle('listPackNotes', { packId: pack.packId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await o.s.users.signIn(o.s.staffId, '8642');
    expect(await o.router.handle('importPack', { path: pack.outPath })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await o.router.handle('listReceivedPacks', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await o.router.handle('issuePack', { volunteerId: o.s.staffId, storyIds: [o.checked], outPath: join(o.folder, 'y.zip') })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await o.router.handle('issuePack', { volunteerId: o.s.volunteerId, storyIds: [o.checked], outPath: 'relative.zip' })).toMatchObject({
      ok: false,
      code: 'INVALID_REQUEST',
    });
  });

  it('lets the volunteer only suggest current themes from the pack codebook, for stories in the pack', async () => {
    const o = await office();
    const pack = await issue(o);
    const { router } = await volunteerLaptop();
    value(await router.handle('importPack', { path: pack.outPath }));
    const stories = value<PackStories>(await router.handle('getPackStories', { packId: pack.packId }));
    const code = stories.codebook[0]!;
    const base = { packId: pack.packId, sentiment: null, note: null };
    expect(await router.handle('savePackSuggestions', { ...base, ref: 'S099', themes: [] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await router.handle('savePackSuggestions', { ...base, ref: 'S001', themes: [{ codeId: 'nope', sentiment: null }] })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const saved = value<PackStories>(await router.handle('savePackSuggestions', { ...base, ref: 'S001', themes: [{ codeId: code.id, sentiment: 'mixed' }] }));
    expect(saved.stories[0]!.themes).toEqual([{ codeId: code.id, sentiment: 'mixed' }]);
    const cleared = value<PackStories>(await router.handle('savePackSuggestions', { ...base, ref: 'S001', themes: [] }));
    expect(cleared.stories[0]!.themes).toEqual([]);
    expect(await router.handle('makePackResults', { packId: pack.packId, outPath: join(o.folder, 'r.zip') })).toMatchObject({ ok: false, code: 'NOTHING_TO_EXPORT' });
  });
});
