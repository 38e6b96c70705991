import { describe, expect, it } from 'vitest';
import { storeWithPeople } from '../../helpers/capture';
import { verifyAudit } from '../../../main/audit/audit-log';
import { fieldLaptop, ftsIsConsistent, importTransfer, previewTransfer, storeState, writeTransfer } from './transfer-fixture';

describe('transfer from a field laptop to the office', () => {
  it('brings every story across with its words byte for byte, all revisions, consent, contact, equality, event, services and tags', async () => {
    const { field, ids } = await fieldLaptop();
    const office = await storeWithPeople();
    const matching = office.register.create({ name: 'Riverside Medical Centre', type: 'gp', odsCode: 'Y99901', cqcLocationId: null });
    const { path } = await writeTransfer(field);

    const preview = await previewTransfer(office, path);
    expect(preview.stories).toEqual({ new: 2, unchanged: 0, updated: 0, conflicting: 0, deleted: 0 });
    expect(preview.toCreate).toMatchObject({ events: 1, services: 1, codes: 0 });
    expect(preview.toCreate.people).toBeGreaterThan(0);

    const report = await importTransfer(office, path);
    expect(report.stories).toEqual(preview.stories);
    const fieldStory = field.stories.get(ids.revised);
    const officeStory = office.stories.get(ids.revised);
    expect(officeStory.revisions.map((r) => r.text)).toEqual(fieldStory.revisions.map((r) => r.text));
    expect(officeStory.revisions[2]!.text).toBe('  The GP said   wait.\nI waited three weeks, with pain.  ');
    expect(officeStory.text).toBe(fieldStory.text);
    expect(officeStory.sha256).toBe(fieldStory.sha256);
    expect(officeStory.consent).toEqual(fieldStory.consent);
    expect(officeStory.contact).toEqual(fieldStory.contact);
    expect(officeStory.equality).toEqual({ ageBand: '25-34', carer: 'yes' });
    expect(officeStory.event?.id).toBe(ids.event);
    // Matched by ODS code; the pharmacy was new to the office and was created.
    expect(officeStory.services.map((s) => s.id).sort()).toEqual([matching.id, ids.newService].sort());
    expect(office.stories.get(ids.plain).translation).toBe('Gracias');

    const db = office.store.requireDb();
    const tagged = db.prepare('SELECT c.key FROM story_tags t JOIN codes c ON c.id = t.code_id WHERE t.story_id = ?').pluck().all(ids.revised);
    const fieldKey = field.store.requireDb().prepare('SELECT key FROM codes WHERE id = ?').pluck().get(ids.code);
    expect(tagged).toEqual([fieldKey]);
    expect(db.prepare('SELECT count(*) FROM story_mask_checks WHERE story_id = ?').pluck().get(ids.plain)).toBe(1);
    // The recorder arrives as a person who cannot sign in here.
    const recorder = db.prepare('SELECT name, pin_hash FROM users WHERE id = ?').get(fieldStory.recordedById);
    expect(recorder).toEqual({ name: 'Ada Admin', pin_hash: null });
    // Searchable at once, and the index agrees with the stories.
    const found = db.prepare("SELECT s.id FROM story_fts f JOIN stories s ON s.seq = f.rowid WHERE story_fts MATCH 'pain'").pluck().all();
    expect(found).toEqual([ids.revised]);
    expect(db.prepare("SELECT count(*) FROM story_fts WHERE story_fts MATCH 'waited'").pluck().get()).toBe(1);
    expect(ftsIsConsistent(office)).toBe(true);
    // The field's audit entries kept apart; the local chain intact with one import entry.
    expect(db.prepare('SELECT count(*) FROM imported_audit').pluck().get()).toBeGreaterThan(3);
    expect(verifyAudit(db).ok).toBe(true);
    const entry = db.prepare("SELECT details FROM audit_log WHERE action = 'transfer.import'").pluck().get() as string;
    expect(JSON.parse(entry)).toMatchObject({ sha256: report.fileSha256, stories: report.stories });
  });

  it('stores nothing twice when the same file is imported again', async () => {
    const { field } = await fieldLaptop();
    const office = await storeWithPeople();
    const { path } = await writeTransfer(field);
    await importTransfer(office, path);
    const before = storeState(office);
    const again = await importTransfer(office, path);
    expect(again.stories).toEqual({ new: 0, unchanged: 2, updated: 0, conflicting: 0, deleted: 0 });
    expect(again.toCreate).toEqual({ people: 0, services: 0, events: 0, codes: 0 });
    const after = storeState(office);
    expect(after.stories).toEqual(before.stories);
    expect({ ...after.counts, audit_log: 0 }).toEqual({ ...before.counts, audit_log: 0 });
    expect(after.counts.audit_log).toBe(before.counts.audit_log! + 1);
  });

  it('never brings back a story deleted here, perhaps at the person\'s request', async () => {
    const { field, ids } = await fieldLaptop();
    const office = await storeWithPeople();
    const { path } = await writeTransfer(field);
    await importTransfer(office, path);
    office.stories.delete(ids.plain, 'The person asked for their story to be removed');
    const again = await importTransfer(office, path);
    expect(again.stories).toEqual({ new: 0, unchanged: 1, updated: 0, conflicting: 0, deleted: 1 });
    expect(() => office.stories.get(ids.plain)).toThrow();
    expect(ftsIsConsistent(office)).toBe(true);
  });

  it('takes revisions and changes made only on the field laptop since the last transfer', async () => {
    const { field, ids } = await fieldLaptop();
    const office = await storeWithPeople();
    await importTransfer(office, (await writeTransfer(field)).path);
    field.stories.revise(ids.plain, 'Ward staff were lovely. Thank you 💙 (and the porter)', 'She added the porter');
    field.stories.updateConsent(ids.plain, { share: false, quote: false, contact: false });
    const report = await importTransfer(office, (await writeTransfer(field)).path);
    expect(report.stories).toEqual({ new: 0, unchanged: 1, updated: 1, conflicting: 0, deleted: 0 });
    const story = office.stories.get(ids.plain);
    expect(story.text).toBe('Ward staff were lovely. Thank you 💙 (and the porter)');
    expect(story.revisions[1]!.text).toBe('Ward staff were lovely. Thank you 💙 (and the porter)');
    expect(story.consent.share).toBe(false);
    expect(ftsIsConsistent(office)).toBe(true);
  });

  it('keeps both sides when a story changed on both, flags it, and lets a person choose', async () => {
    const { field, ids } = await fieldLaptop();
    const office = await storeWithPeople();
    await importTransfer(office, (await writeTransfer(field)).path);
    office.stories.revise(ids.plain, 'Ward staff were lovely. Thank you', 'Office tidy-up');
    field.stories.revise(ids.plain, 'Ward staff were lovely. Thank you 💙 truly', 'Field addition');
    office.stories.updateConsent(ids.revised, { share: false, quote: true, contact: true });
    field.stories.updateConsent(ids.revised, { share: true, quote: false, contact: true });

    const { path } = await writeTransfer(field);
    const report = await importTransfer(office, path);
    expect(report.stories).toEqual({ new: 0, unchanged: 0, updated: 0, conflicting: 2, deleted: 0 });
    const words = office.stories.get(ids.plain);
    expect(words.revisions.map((r) => r.text)).toEqual([
      'Ward staff were lovely. Thank you 💙',
      'Ward staff were lovely. Thank you',
      'Ward staff were lovely. Thank you 💙 truly',
    ]);
    expect(words.revisions[2]!.reason).toMatch(/^From field laptop [0-9a-f]+ \(conflict with revision 2\): Field addition$/);
    expect(words.text).toBe('Ward staff were lovely. Thank you');
    expect(office.stories.get(ids.revised).consent).toMatchObject({ share: false, quote: true });

    const conflicts = office.transfer.listConflicts();
    expect(conflicts.map((c) => [c.storyId, c.kind]).sort()).toEqual([[ids.plain, 'words'], [ids.revised, 'fields']].sort());
    expect(conflicts.find((c) => c.kind === 'fields')!.differing).toEqual(['consent_share', 'consent_quote']);

    // Importing the same file again adds no second copy and no second flag.
    const again = await importTransfer(office, path);
    expect(again.stories.conflicting).toBe(0);
    expect(office.transfer.listConflicts()).toHaveLength(2);

    const wordsConflict = conflicts.find((c) => c.kind === 'words')!;
    const remaining = office.transfer.resolve(wordsConflict.id, 'field');
    expect(remaining).toHaveLength(1);
    expect(office.stories.get(ids.plain).text).toBe('Ward staff were lovely. Thank you 💙 truly');
    office.transfer.resolve(remaining[0]!.id, 'field');
    expect(office.transfer.listConflicts()).toEqual([]);
    expect(office.stories.get(ids.revised).consent).toMatchObject({ share: true, quote: false });
    const db = office.store.requireDb();
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'transfer.resolve'").pluck().get()).toBe(2);
    expect(ftsIsConsistent(office)).toBe(true);
    expect(db.prepare("SELECT count(*) FROM story_fts WHERE story_fts MATCH 'truly'").pluck().get()).toBe(1);
    expect(() => office.transfer.resolve(wordsConflict.id, 'office')).toThrow(/already been resolved/);
  });
});
