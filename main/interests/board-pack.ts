/**
 * The advisory board pack for a period: stories heard by channel and community,
 * what was shared with whom, declarations made and how conflicts were managed, the
 * pre-election periods observed, and a few consented, anonymised quotes. Read only;
 * every count has the small-number rule applied (NHS disclosure control: 1 to 7 as
 * "*", others to the nearest 5), on screen as in the signed file that leaves the laptop.
 */
import { rmSync } from 'node:fs';
import { NHS_SMALL_NUMBER_RULE, suppressCount } from '../../shared/anonymise';
import type { BoardPack } from '../../shared/interests/board-pack';
import { ServiceError } from '../../shared/result';
import { appendAudit } from '../audit/audit-log';
import { checkOutPath } from '../bundles/out-path';
import { writeSignedBundle } from '../bundles/signed-bundle';
import { organisationSigningKey } from '../bundles/signing-key';
import { todayBy, type Clock } from '../core/clock';
import type { MaskService } from '../masks/mask-service';
import type { Db } from '../store/database';
import { readSetting } from '../store/settings-table';
import type { UserService } from '../users/user-service';
import { conflictsInPeriod, declarationsInPeriod, electionsInPeriod, quotesInPeriod, sharedInPeriod, storiesHeard, type Period } from './board-pack-facts';
import { boardPackFiles } from './files/board-pack-files';
import type { InterestRegister } from './interest-register';

const shown = (count: number): string => suppressCount(count);

export const SMALL_NUMBER_RULE_TEXT = `Counts from 1 to ${NHS_SMALL_NUMBER_RULE.threshold} are shown as "${NHS_SMALL_NUMBER_RULE.symbol}"; other counts are rounded to the nearest ${NHS_SMALL_NUMBER_RULE.roundTo}.`;

export class BoardPackService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly clock: Clock,
    private readonly masks: MaskService,
    private readonly register: InterestRegister,
  ) {}

  /** Staff and administrators: the pack for a period, as it would leave the laptop. */
  build(period: Period): BoardPack {
    this.users.require('staff', 'admin');
    if (period.to < period.from) throw new ServiceError('END_BEFORE_START', `The period ends on ${period.to}, before it starts on ${period.from}. Check the dates.`);
    const db = this.db();
    const stories = storiesHeard(db, period);
    const shared = sharedInPeriod(db, period);
    const declarations = declarationsInPeriod(db, period);
    const conflicts = conflictsInPeriod(db, period);
    const owing = this.register.owingCount();
    return {
      organisation: readSetting(db, 'organisation') ?? '',
      from: period.from,
      to: period.to,
      madeOn: todayBy(this.clock),
      smallNumberRule: SMALL_NUMBER_RULE_TEXT,
      stories: {
        heard: shown(stories.heard),
        byChannel: stories.byChannel.map((row) => ({ channel: row.channel, stories: shown(row.stories) })),
        byCommunity: stories.byCommunity.map((row) => ({ group: row.group, stories: shown(row.stories) })),
      },
      shared: shared.map((row) => ({ on: row.on, kind: row.kind, recipient: row.recipient, items: row.items === null ? null : shown(row.items), electionPeriod: row.electionPeriod })),
      declarations: {
        made: shown(declarations.made),
        nothingToDeclare: shown(declarations.nothingToDeclare),
        interestsDeclared: shown(declarations.interestsDeclared),
        interestsChanged: shown(declarations.interestsChanged),
        owingOnMadeOn: shown(owing.overdue + owing.never),
      },
      conflicts: {
        totals: Object.fromEntries(Object.entries(conflicts.totals).map(([event, n]) => [event, shown(n)])) as BoardPack['conflicts']['totals'],
        refusalsByWork: conflicts.refusalsByWork.map((row) => ({ action: row.action, refusals: shown(row.refusals) })),
      },
      elections: electionsInPeriod(db, period, shared).map((row) => ({ ...row, bundlesDuring: shown(row.bundlesDuring) })),
      quotes: quotesInPeriod(db, this.masks, period),
    };
  }

  /** Staff and administrators: the pack as a signed bundle at `path` (never over a file), audited; a failure leaves no file. */
  async save(period: Period, path: string): Promise<{ path: string; manifestSha256: string }> {
    const user = this.users.require('staff', 'admin');
    checkOutPath(path, '.zip');
    const pack = this.build(period);
    const db = this.db();
    const actor = this.users.actorOf(user);
    const { manifestSha256 } = await writeSignedBundle(path, {
      kind: 'board-pack',
      organisation: pack.organisation,
      details: { from: pack.from, to: pack.to, madeOn: pack.madeOn, smallNumberRule: pack.smallNumberRule, quotes: pack.quotes.length },
      files: boardPackFiles(pack),
      key: organisationSigningKey(db, actor),
    });
    try {
      db.transaction(() =>
        appendAudit(db, actor, { action: 'board-pack.save', entityType: 'bundle', entityId: manifestSha256, details: { manifestSha256, file: path, from: pack.from, to: pack.to } }),
      )();
    } catch (error) {
      // A pack the audit trail does not record must not exist.
      rmSync(path, { force: true });
      throw error;
    }
    return { path, manifestSha256 };
  }
}
