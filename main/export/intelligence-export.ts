/**
 * Intelligence bundles for stakeholders: choose a profile, dates, filters and a
 * recipient; preview what goes out and what is left out (and, in a pre-election
 * period, the political mentions to review); then write the signed bundle. Both the
 * preview and the export are jobs: they work in batches with a checkpoint between.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { PlaceholderBook } from '../../shared/anonymise';
import { ELECTION_CHECKLIST } from '../../shared/export/election-checklist';
import type { ExportProfile } from '../../shared/export/profiles';
import {
  intelligenceRequestSchema,
  type BuildPhase,
  type IntelligencePreview,
  type IntelligenceRequest,
  type IntelligenceResult,
  type ParsedIntelligenceRequest,
} from '../../shared/export/schemas';
import type { Mention } from '../../shared/export/political-scan';
import { ServiceError } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import { appendAudit } from '../audit/audit-log';
import { GENERATOR } from '../bundles/generator';
import { checkOutPath } from '../bundles/out-path';
import { writeSignedBundle } from '../bundles/signed-bundle';
import { organisationSigningKey } from '../bundles/signing-key';
import { createJobContext, type JobContext } from '../jobs/job-context';
import { mapInBatches } from '../jobs/map-in-batches';
import type { MaskService } from '../masks/mask-service';
import type { BundlePlanItem } from '../recommendations/plan-export';
import { nodeHmacSha256 } from '../masks/node-hmac';
import type { Db } from '../store/database';
import { readSetting } from '../store/settings-table';
import type { UserService } from '../users/user-service';
import type { ElectionPeriods } from './election-periods';
import { electionRecord, requireElectionConfirmation } from './election-gate';
import { bundleActionPlan } from './files/action-plan';
import type { BundleMeta } from './files/bundle-meta';
import { intelligenceFiles } from './files/intelligence-files';
import { politicalScanner } from './political-terms';
import { exportProfile, exportProfiles } from './profiles';
import { buildRecords, type ExportRecords } from './records';
import { selectStories } from './selection';

/** Mentions listed in a preview; the count says how many there are in all. */
export const PREVIEW_MENTIONS = 200;

/** Stories scanned for political mentions between checkpoints. */
const SCAN_BATCH = 500;

/** Where the action plan of the organisation a bundle is for comes from (the recommendations capability). */
export interface ActionPlanSource {
  forBundle(stakeholderId: string): { organisation: string; items: BundlePlanItem[] };
}

interface Built {
  profile: ExportProfile;
  matched: number;
  records: ExportRecords;
  /** Each story that goes out: its id in the store, to its id in this bundle. */
  bundleIdOf: Map<string, string>;
  leftOut: IntelligenceResult['leftOut'];
  mentions: (Mention & { storyId: string })[];
}

export class IntelligenceExports {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly masks: MaskService,
    private readonly elections: ElectionPeriods,
    private readonly actionPlans: ActionPlanSource,
  ) {}

  profiles(): readonly ExportProfile[] {
    this.users.require('staff', 'admin');
    return exportProfiles();
  }

  /** The checks made before a preview job starts, so a refusal answers at once. Returns who is previewing. */
  preparePreview(input: IntelligenceRequest): User {
    const user = this.users.require('staff', 'admin');
    const request = intelligenceRequestSchema.parse(input);
    exportProfile(request.profile);
    if (request.actionPlanFor) this.actionPlans.forBundle(request.actionPlanFor);
    return user;
  }

  async preview(input: IntelligenceRequest, context: JobContext = createJobContext(), user: User = this.preparePreview(input)): Promise<IntelligencePreview> {
    const request = intelligenceRequestSchema.parse(input);
    const built = await this.build(request, user, context);
    const period = this.elections.current();
    const plan = request.actionPlanFor ? this.actionPlans.forBundle(request.actionPlanFor) : null;
    return {
      profile: built.profile,
      matched: built.matched,
      included: built.records.stories.length,
      leftOut: built.leftOut,
      textWithheld: withheldCounts(built.records),
      generalised: built.records.generalised,
      election: period
        ? { period, checklist: ELECTION_CHECKLIST.map((item) => ({ ...item })), mentions: built.mentions.slice(0, PREVIEW_MENTIONS), mentionCount: built.mentions.length }
        : null,
      actionPlan: plan ? { organisation: plan.organisation, items: plan.items.length } : null,
    };
  }

  /** The checks made before an export job starts, so a refusal answers at once. Returns who is exporting. */
  prepareExport(input: IntelligenceRequest, path: string): User {
    const user = this.users.require('staff', 'admin');
    const request = intelligenceRequestSchema.parse(input);
    exportProfile(request.profile);
    checkOutPath(path, '.zip');
    requireElectionConfirmation(this.elections.current(), request.electionConfirmation);
    if (request.actionPlanFor) this.actionPlans.forBundle(request.actionPlanFor);
    return user;
  }

  /** Writes the bundle to `path`. A failure or a cancel leaves no file. */
  async export(input: IntelligenceRequest, path: string, context: JobContext, user: User): Promise<IntelligenceResult> {
    const request = intelligenceRequestSchema.parse(input);
    const period = this.elections.current();
    requireElectionConfirmation(period, request.electionConfirmation);
    const built = await this.build(request, user, context);
    const included = built.records.stories.length;
    if (included === 0) throw new ServiceError('NOTHING_TO_EXPORT', 'No story can go out with these dates, filters and profile. The preview says why each was left out.');

    const db = this.db();
    const actor = this.users.actorOf(user);
    const organisation = readSetting(db, 'organisation') ?? '';
    const meta: BundleMeta = {
      organisation,
      profile: built.profile,
      recipient: request.recipient,
      heardFrom: request.heardFrom ?? null,
      heardTo: request.heardTo ?? null,
      filters: request.filters,
      createdAt: new Date().toISOString(),
      matched: built.matched,
      included,
      leftOut: built.leftOut,
      textWithheld: withheldCounts(built.records),
      generalised: built.records.generalised,
      election: period && request.electionConfirmation ? electionRecord(period, request.electionConfirmation, user, built.mentions.length) : null,
      actionPlan: request.actionPlanFor ? bundleActionPlan(this.actionPlans.forBundle(request.actionPlanFor), built.bundleIdOf, built.profile) : null,
    };
    context.progress(built.matched, built.matched, 'writing' satisfies BuildPhase);
    const files = await intelligenceFiles(built.records.stories, meta, () => context.checkpoint());
    const key = organisationSigningKey(db, actor);
    const { manifestSha256 } = await writeSignedBundle(path, { kind: 'intelligence', organisation, details: manifestDetails(meta, built.records), files, key }, { checkpoint: () => context.checkpoint() });
    try {
      db.transaction(() =>
        appendAudit(db, actor, {
          action: 'export.intelligence',
          entityType: 'bundle',
          entityId: manifestSha256,
          details: {
            manifestSha256,
            profile: built.profile.name,
            recipient: request.recipient,
            file: path,
            included,
            leftOut: built.leftOut,
            electionPeriod: meta.election?.period.name ?? null,
            actionPlan: meta.actionPlan ? { organisation: meta.actionPlan.organisation, items: meta.actionPlan.items.length } : null,
          },
        }),
      )();
    } catch (error) {
      // An export the audit trail does not record must not exist.
      rmSync(path, { force: true });
      throw error;
    }
    return { path, manifestSha256, included, leftOut: built.leftOut, actionPlanItems: meta.actionPlan?.items.length ?? null };
  }

  private async build(request: ParsedIntelligenceRequest, user: User, context: JobContext): Promise<Built> {
    const profile = exportProfile(request.profile);
    const filters = { ...request.filters, ...(request.heardFrom ? { heardFrom: request.heardFrom } : {}), ...(request.heardTo ? { heardTo: request.heardTo } : {}) };
    // A fresh key per bundle: placeholders stay the same within it and link nothing outside it.
    const book = new PlaceholderBook(new Uint8Array(randomBytes(32)), nodeHmacSha256);
    const selection = await selectStories(this.db(), this.masks, user, filters, book, profile.quotes, context);
    const records = await buildRecords(selection.stories, profile, new Uint8Array(randomBytes(32)), context);
    const period = this.elections.current();
    const scanner = period ? politicalScanner(period.candidates) : null;
    const mentions = scanner
      ? (
          await mapInBatches(records.stories, SCAN_BATCH, context, 'scanning' satisfies BuildPhase, (story) =>
            story.text === null ? [] : scanner.scan(story.text).map((m) => ({ ...m, storyId: story.id })),
          )
        ).flat()
      : [];
    return {
      profile,
      matched: selection.matched,
      records,
      bundleIdOf: new Map(records.includedPositions.map((position, i) => [selection.stories[position]!.storyId, records.stories[i]!.id])),
      leftOut: { ...selection.leftOut, suppressedByKAnonymity: records.suppressed },
      mentions,
    };
  }
}

function withheldCounts(records: ExportRecords) {
  return {
    noConsentToQuote: records.stories.filter((s) => s.textWithheld === 'noConsentToQuote').length,
    profileExcludesQuotes: records.stories.filter((s) => s.textWithheld === 'profileExcludesQuotes').length,
  };
}

/** What the signed manifest records about this bundle. */
function manifestDetails(meta: BundleMeta, records: ExportRecords): Record<string, unknown> {
  const { profile } = meta;
  return {
    profile: { name: profile.name, displayName: profile.displayName, fields: profile.fields, k: profile.k, smallNumber: profile.smallNumber, quotes: profile.quotes },
    recipient: meta.recipient,
    period: { heardFrom: meta.heardFrom, heardTo: meta.heardTo },
    filters: meta.filters,
    counts: { matched: meta.matched, included: meta.included, leftOut: meta.leftOut, textWithheld: meta.textWithheld },
    suppressed: {
      storiesByKAnonymity: records.suppressed,
      smallNumberRule: `summary counts from 1 to ${profile.smallNumber - 1} shown as "<${profile.smallNumber}"`,
    },
    generalised: meta.generalised,
    anonymiserVersion: `verbatim-${GENERATOR.version}`,
    actionPlan: meta.actionPlan ? { organisation: meta.actionPlan.organisation, items: meta.actionPlan.items.length, file: 'action-plan.csv' } : null,
    election: meta.election
      ? {
          period: { name: meta.election.period.name, noticeDate: meta.election.period.noticeDate, pollingDay: meta.election.period.pollingDay, candidates: meta.election.period.candidates },
          mentionsReviewed: meta.election.mentionCount,
          confirmation: {
            confirmedBy: meta.election.confirmation.confirmedBy,
            confirmedAt: meta.election.confirmation.confirmedAt,
            approvedBy: meta.election.confirmation.approvedBy,
            items: meta.election.confirmation.itemTexts,
          },
        }
      : null,
  };
}
