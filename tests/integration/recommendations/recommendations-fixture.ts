/** A store with people, services, an organisation and stories, and a clock the test moves. */
import { join } from 'node:path';
import { createServices, type Services } from '../../../main/core/services';
import type { RecommendationInput } from '../../../shared/recommendations/schemas';
import { fixedClock } from '../../helpers/clock';
import { story } from '../../helpers/story-fixture';
import { ORGANISATION, PASSPHRASE, tempFolder } from '../../helpers/temp-store';

export const ADMIN_PIN = '2468';

export async function recommendationsStore(today = '2026-01-05') {
  const dbPath = join(tempFolder(), 'verbatim.db');
  const clock = fixedClock(today);
  const services = createServices(dbPath, { clock });
  await services.store.create(ORGANISATION, PASSPHRASE);
  const admin = (await services.users.createFirst('Ada Admin', ADMIN_PIN)).user!;
  const staff = await services.users.create('Sam Staff', 'staff', '8642');
  const outreach = await services.users.create('Omar Outreach', 'outreach', '1357');
  const volunteer = await services.users.create('Val Volunteer', 'volunteer', '9753');
  const [surgery, hospital] = services.register.list(false);
  const trust = services.stakeholders.create({
    name: 'Central London NHS Trust',
    kind: 'nhs-trust',
    contacts: [{ name: 'Pat Lee', role: 'Head of patient experience', email: 'pat.lee@example.nhs.uk', phone: '' }],
  });
  const council = services.stakeholders.create({ name: 'Westminster City Council', kind: 'council', contacts: [] });
  const storyIds = ['I waited five hours in A&E with my father.', 'Nobody told us why the clinic was cancelled.', 'The nurse Mrs Patel was wonderful.'].map(
    (text) => services.stories.save(story({ text, heardOn: '2025-11-20', serviceIds: [hospital!.id], consent: { keep: true, share: true, quote: true, contact: false } })).id,
  );
  const report = services.reports.create({ title: 'Waiting in A&E', publishedOn: '2025-12-01', serviceIds: [hospital!.id], visitId: null });
  const draft = (change: Partial<RecommendationInput> = {}) =>
    services.recommendations.create({ reportId: report.id, stakeholderId: trust.id, title: 'Tell people how long the wait is', body: 'Show the expected wait on a screen in the waiting room.', serviceIds: [], ...change });
  const signInAs = (userId: string, pin: string) => services.users.signIn(userId, pin);
  return { services, dbPath, clock, admin, staff, outreach, volunteer, surgery: surgery!, hospital: hospital!, trust, council, storyIds, report, draft, signInAs };
}

/** Everything a test reads back after locking and unlocking the store again. */
export async function reopened(dbPath: string, clock: ReturnType<typeof fixedClock>, adminId: string): Promise<Services> {
  const services = createServices(dbPath, { clock });
  await services.store.unlock(PASSPHRASE);
  await services.users.signIn(adminId, ADMIN_PIN);
  return services;
}

/** The rows of every table this capability writes, to show that a refusal changed nothing. */
export function recommendationTables(services: Services): Record<string, unknown[]> {
  const db = services.store.requireDb();
  const tables = [
    'stakeholders',
    'reports',
    'report_services',
    'recommendations',
    'recommendation_services',
    'recommendation_stories',
    'recommendation_searches',
    'recommendation_themes',
    'recommendation_responses',
    'plan_updates',
    'agreed_issues',
    'cqc_findings',
    'cqc_finding_stories',
    'cqc_finding_links',
    'visits',
    'visit_representatives',
    'visit_stories',
    'bank_holiday_tables',
    'audit_log',
  ];
  return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
}
