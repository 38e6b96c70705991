/**
 * The register as the organisation publishes it, as most public bodies publish
 * theirs: a signed bundle (the organisation's key) holding a page anyone can open
 * with no special software, the same as CSV and JSON. Names and interests only.
 */
import { rmSync } from 'node:fs';
import type { PublishedInterest, PublishedRegister, PublishResult } from '../../shared/interests/published';
import { addMonths } from '../../shared/interests/redeclaration';
import { appendAudit } from '../audit/audit-log';
import { checkOutPath } from '../bundles/out-path';
import { writeSignedBundle } from '../bundles/signed-bundle';
import { organisationSigningKey } from '../bundles/signing-key';
import { todayBy, type Clock } from '../core/clock';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { readSetting } from '../store/settings-table';
import type { UserService } from '../users/user-service';
import { registerFiles } from './files/register-files';
import { INTEREST_SELECT, concernsOf, refusesOf, type InterestRow } from './interest-rows';
import type { InterestRegister } from './interest-register';

export class PublishedRegisterService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly clock: Clock,
    private readonly register: InterestRegister,
  ) {}

  /** The register as it would be published today: everyone on it, their interests running now or later, and those ended in the last 12 months. */
  build(): PublishedRegister {
    const people = this.register.list();
    const today = todayBy(this.clock);
    const since = addMonths(today, -12);
    const rows = prepared(this.db(), `${INTEREST_SELECT} WHERE i.to_on IS NULL OR i.to_on >= ? ORDER BY i.from_on, i.declared_at`).all(since) as InterestRow[];
    const byPerson = new Map<string, PublishedInterest[]>();
    for (const row of rows) {
      const concerns = concernsOf(row);
      const interest: PublishedInterest = {
        kind: row.kind,
        with: concerns.name,
        withKind: concerns.type,
        description: row.description,
        from: row.from_on,
        to: row.to_on,
        management: row.management,
        mustNot: refusesOf(row.refuses),
      };
      byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), interest]);
    }
    return {
      organisation: readSetting(this.db(), 'organisation') ?? '',
      publishedOn: today,
      people: [...people]
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
        .map((person) => ({
          name: person.name,
          capacity: person.capacity,
          lastDeclaredOn: person.status.lastDeclaredOn,
          declaration: person.status.state,
          interests: byPerson.get(person.personId) ?? [],
        })),
    };
  }

  /** Administrators: writes the signed bundle to `path` (never over a file), and audits it; a failure leaves no file. */
  async publish(path: string): Promise<PublishResult> {
    const admin = this.users.require('admin');
    checkOutPath(path, '.zip');
    const register = this.build();
    const db = this.db();
    const actor = this.users.actorOf(admin);
    const interests = register.people.reduce((sum, person) => sum + person.interests.length, 0);
    const { manifestSha256 } = await writeSignedBundle(path, {
      kind: 'interests-register',
      organisation: register.organisation,
      details: { publishedOn: register.publishedOn, people: register.people.length, interests },
      files: registerFiles(register),
      key: organisationSigningKey(db, actor),
    });
    try {
      db.transaction(() =>
        appendAudit(db, actor, {
          action: 'register.publish',
          entityType: 'bundle',
          entityId: manifestSha256,
          details: { manifestSha256, file: path, publishedOn: register.publishedOn, people: register.people.length, interests },
        }),
      )();
    } catch (error) {
      // A published register the audit trail does not record must not exist.
      rmSync(path, { force: true });
      throw error;
    }
    return { path, people: register.people.length, interests, manifestSha256 };
  }
}
