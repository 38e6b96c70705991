/** A store with people, services, an organisation and stories about them, and a clock the test moves. */
import { join } from 'node:path';
import { createServices, type Services } from '../../../main/core/services';
import type { InterestInput } from '../../../shared/interests/schemas';
import { fixedClock } from '../../helpers/clock';
import { story } from '../../helpers/story-fixture';
import { ORGANISATION, PASSPHRASE, tempFolder } from '../../helpers/temp-store';

export const PINS = { admin: '2468', coder: '8642', other: '1111', second: '2222' } as const;

export async function interestsStore(today = '2026-03-02') {
  const dbPath = join(tempFolder(), 'verbatim.db');
  const clock = fixedClock(today);
  const services = createServices(dbPath, { clock });
  await services.store.create(ORGANISATION, PASSPHRASE);
  const admin = (await services.users.createFirst('Ada Admin', PINS.admin)).user!;
  const coder = await services.users.create('Cal Coder', 'staff', PINS.coder);
  const other = await services.users.create('Oona Other', 'staff', PINS.other);
  const secondAdmin = await services.users.create('Bea Second', 'admin', PINS.second);
  const [surgery, hospital] = services.register.list(false);
  const trust = services.stakeholders.create({ name: 'Central London NHS Trust', kind: 'nhs-trust', contacts: [{ name: 'Pat Lee', role: 'Lead', email: 'pat@example.nhs.uk', phone: '' }] });
  const storyAbout = (serviceId: string, text = 'I waited five hours and nobody told me why.') =>
    services.stories.save(story({ text, heardOn: '2026-02-20', serviceIds: [serviceId], consent: { keep: true, share: true, quote: true, contact: false } })).id;
  const hospitalStory = storyAbout(hospital!.id);
  const surgeryStory = storyAbout(surgery!.id, 'The receptionist at the surgery was kind.');
  const [code] = services.codebook.list(false);
  const signInAs = (who: 'admin' | 'coder' | 'other' | 'second') =>
    services.users.signIn({ admin, coder, other, second: secondAdmin }[who].id, PINS[who]);
  /** An interest in the hospital, ongoing since the start of the year. */
  const interest = (change: Partial<InterestInput> = {}): InterestInput => ({
    kind: 'employment',
    concerns: { type: 'service', serviceId: hospital!.id },
    description: '  I work nights on the A&E reception desk.  ',
    fromOn: '2026-01-01',
    toOn: null,
    management: 'does not code stories about this service',
    refuses: [],
    ...change,
  });
  return { services, dbPath, clock, admin, coder, other, secondAdmin, surgery: surgery!, hospital: hospital!, trust, hospitalStory, surgeryStory, storyAbout, code: code!, signInAs, interest };
}

/** Every row of the tables the register writes, and the audit trail, to show that a refusal changed nothing. */
export function registerTables(services: Services): Record<string, unknown[]> {
  const db = services.store.requireDb();
  const tables = ['interest_people', 'interests', 'interest_declarations', 'conflict_refusals', 'conflict_reassignments', 'conflict_overrides', 'story_tags', 'audit_log'];
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
}

export async function reopened(dbPath: string, clock: ReturnType<typeof fixedClock>, adminId: string): Promise<Services> {
  const services = createServices(dbPath, { clock });
  await services.store.unlock(PASSPHRASE);
  await services.users.signIn(adminId, PINS.admin);
  return services;
}
