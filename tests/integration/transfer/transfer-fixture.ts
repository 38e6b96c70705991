/** A field laptop with varied stories, an office laptop, and helpers to move a transfer file between them. */
import { join } from 'node:path';
import type { Services } from '../../../main/core/services';
import { createJobContext } from '../../../main/jobs/job-context';
import { tableCounts } from '../../../main/store/database';
import { storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { tempFolder } from '../../helpers/temp-store';

export const BUNDLE_PASSPHRASE = 'field to office, by hand';

export type Laptop = Awaited<ReturnType<typeof storeWithPeople>>;

export async function fieldLaptop() {
  const field = await storeWithPeople();
  const service = field.register.create({ name: 'Riverside Surgery', type: 'gp', odsCode: 'Y99901', cqcLocationId: null });
  const newService = field.register.create({ name: 'Field-only Pharmacy', type: 'gp', odsCode: null, cqcLocationId: null });
  const event = field.events.create({ name: 'Market stall', heldOn: '2026-11-20', place: 'Market square', partner: 'Library' });
  const revised = field.stories.save(
    story({
      text: '  The GP said   wait.\nI waited  ',
      eventId: event.id,
      serviceIds: [service.id, newService.id],
      consent: { keep: true, share: true, quote: true, contact: true },
      contact: { name: 'Pat', phone: '07700 900123' },
      equality: { ageBand: '25-34', carer: 'yes' },
      draftId: 'draft-1',
    }),
  );
  field.stories.revise(revised.id, '  The GP said   wait.\nI waited three weeks.  ', 'Heard the end again');
  field.stories.revise(revised.id, '  The GP said   wait.\nI waited three weeks, with pain.  ', 'Added what she said next');
  const plain = field.stories.save(story({ text: 'Ward staff were lovely. Thank you 💙', translation: 'Gracias' }));
  const codeId = field.store.requireDb().prepare('SELECT id FROM codes WHERE parent_id IS NOT NULL ORDER BY key LIMIT 1').pluck().get() as string;
  field.tags.tag(revised.id, codeId, 'negative', null);
  field.masks.saveCheck(plain.id, 1, []);
  return { field, ids: { revised: revised.id, plain: plain.id, service: service.id, newService: newService.id, event: event.id, code: codeId } };
}

export async function writeTransfer(services: Services, since: string | null = null, passphrase = BUNDLE_PASSPHRASE) {
  const path = join(tempFolder(), 'field.vtransfer');
  const result = await services.transfer.exportFile({ path, passphrase, since }, services.users.require(), createJobContext());
  return { path, result };
}

export const importTransfer = (services: Services, path: string, passphrase = BUNDLE_PASSPHRASE) =>
  services.transfer.importFile({ path, passphrase }, services.users.require(), createJobContext());

export const previewTransfer = (services: Services, path: string, passphrase = BUNDLE_PASSPHRASE) =>
  services.transfer.preview({ path, passphrase }, createJobContext());

/** Every table's row count and the audit head: "unchanged" means all of these are equal. */
export function storeState(services: Services) {
  const db = services.store.requireDb();
  return {
    counts: tableCounts(db),
    audit: db.prepare("SELECT value FROM settings WHERE key = 'audit_head'").pluck().get(),
    stories: db.prepare('SELECT * FROM stories ORDER BY seq').all(),
  };
}

export function ftsIsConsistent(services: Services): boolean {
  const db = services.store.requireDb();
  db.prepare("INSERT INTO story_fts (story_fts, rank) VALUES ('integrity-check', 1)").run();
  return true;
}
