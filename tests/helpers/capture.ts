/** A store with people on it, and well-formed stories, for capture tests. */
import { join } from 'node:path';
import { createServices, type Services } from '../../main/core/services';
import { ORGANISATION, PASSPHRASE, tempFolder } from './temp-store';

export const ADMIN_PIN = '2468';
export const OUTREACH_PIN = '1357';

export async function storeWithPeople(): Promise<Services & { adminId: string; outreachId: string; staffId: string; volunteerId: string; dbPath: string }> {
  const dbPath = join(tempFolder(), 'verbatim.db');
  const services = createServices(dbPath);
  await services.store.create(ORGANISATION, PASSPHRASE);
  const session = await services.users.createFirst('Ada Admin', ADMIN_PIN);
  const outreach = await services.users.create('Omar Outreach', 'outreach', OUTREACH_PIN);
  const staff = await services.users.create('Sam Staff', 'staff', '8642');
  const volunteer = await services.users.create('Val Volunteer', 'volunteer', '9753');
  return { ...services, dbPath, adminId: session.user!.id, outreachId: outreach.id, staffId: staff.id, volunteerId: volunteer.id };
}
