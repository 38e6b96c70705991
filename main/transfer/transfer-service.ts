/**
 * Transfer files between laptops: writing one (staff and administrators any
 * stories, outreach workers the stories they recorded), previewing and importing
 * one (staff and administrators), and the conflicts an import leaves for a person
 * to resolve.
 */
import type { TransferConflict, TransferReport } from '../../shared/transfer/schemas';
import type { User } from '../../shared/users/schemas';
import { appendAudit } from '../audit/audit-log';
import { readBundleFile } from '../bundles/read-bundle-file';
import type { JobContext } from '../jobs/job-context';
import type { Db } from '../store/database';
import type { UserService } from '../users/user-service';
import { readTransferBundle, type TransferBundle } from './bundle-reader';
import { applyMerge, toReport } from './merge-apply';
import { planMerge, type MergePlan } from './merge-plan';
import { exportTransfer, type TransferExportResult } from './transfer-export';
import { listOpenConflicts, resolveConflict } from './conflicts';

export interface TransferFileRequest {
  path: string;
  passphrase: string;
}

export class TransferService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  /** Who may write a transfer file; checked before the job starts. */
  requireExporter(): User {
    return this.users.require('outreach', 'staff', 'admin');
  }

  requireImporter(): User {
    return this.users.require('staff', 'admin');
  }

  async exportFile(request: TransferFileRequest & { since: string | null }, user: User, context: JobContext): Promise<TransferExportResult> {
    const db = this.db();
    const recordedBy = user.role === 'outreach' ? user.id : null;
    const result = await exportTransfer(db, { ...request, recordedBy }, context);
    db.transaction(() => {
      appendAudit(db, this.users.actorOf(user), {
        action: 'transfer.export',
        entityType: 'transfer',
        entityId: result.sha256,
        details: { sha256: result.sha256, since: request.since, counts: result.counts },
      });
    })();
    return result;
  }

  private async open(request: TransferFileRequest, context: JobContext): Promise<TransferBundle> {
    const file = readBundleFile(request.path);
    return readTransferBundle(file, request.passphrase, context);
  }

  private plan(db: Db, bundle: TransferBundle, context: JobContext): Promise<MergePlan> {
    return planMerge(db, bundle, async (done, total) => {
      context.progress(done, total, 'comparing');
      await context.checkpoint();
    });
  }

  /** What an import would do, computed without writing anything. */
  async preview(request: TransferFileRequest, context: JobContext): Promise<TransferReport> {
    const db = this.db();
    const bundle = await this.open(request, context);
    const plan = await this.plan(db, bundle, context);
    return toReport(plan, bundle, 0);
  }

  /** Checks everything first, then writes all of it in one transaction (or nothing). */
  async importFile(request: TransferFileRequest, user: User, context: JobContext): Promise<TransferReport> {
    const db = this.db();
    const bundle = await this.open(request, context);
    const plan = await this.plan(db, bundle, context);
    context.progress(bundle.rows.stories.length, bundle.rows.stories.length, 'writing');
    await context.checkpoint();
    return applyMerge(db, bundle, plan, this.users.actorOf(user));
  }

  listConflicts(): TransferConflict[] {
    this.requireImporter();
    return listOpenConflicts(this.db());
  }

  resolve(id: number, keep: 'office' | 'field'): TransferConflict[] {
    const user = this.requireImporter();
    const db = this.db();
    resolveConflict(db, id, keep, user, this.users.actorOf(user));
    return listOpenConflicts(db);
  }
}
