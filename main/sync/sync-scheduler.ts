/**
 * When sync runs: when someone asks ("Sync now"), and every N minutes while the
 * store is open, someone is signed in and the laptop is enrolled and set up. The
 * timer lives in the database worker (never the renderer), and only wakes a
 * minute at a time to see whether a sync is due; the sync itself is a job, so its
 * network waits never hold up the worker's other requests. Tests and the web
 * harness call tick() directly instead of waiting.
 */
import { ServiceError } from '../../shared/result';
import type { JobRunner } from '../jobs/job-runner';
import type { StoreService } from '../store/store-service';
import type { UserService } from '../users/user-service';
import type { SyncService } from './sync-service';

const WAKE_MS = 60_000;

export class SyncScheduler {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sync: SyncService,
    private readonly jobs: JobRunner,
    private readonly store: StoreService,
    private readonly users: UserService,
    private readonly now: () => number = Date.now,
  ) {}

  /** Starts waking every minute (the app's worker only). */
  startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), WAKE_MS);
    this.timer.unref();
  }

  stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Settings changed: the next wake-up looks at the new interval; nothing else to do. */
  reschedule(): void {}

  /** "Sync now": a job owned by the person who asked. */
  startNow(): { jobId: string } {
    const user = this.sync.requireSyncer();
    return this.jobs.start('sync', user.id, (context) => this.sync.run(user, context));
  }

  /** Starts a sync if one is due; answers its job id, or null when none was started. */
  tick(): { jobId: string } | null {
    if (!this.store.isUnlocked) return null;
    try {
      const status = this.sync.status();
      if (status.intervalMinutes === 0 || status.profile === null || status.server === null || !status.hasPassword) return null;
      const last = status.lastRun ? Date.parse(status.lastRun.at) : 0;
      if (this.now() - last < status.intervalMinutes * 60_000) return null;
      this.users.require();
      return this.startNow();
    } catch (error) {
      // Nobody signed in, or another job running: try again at the next wake-up.
      if (error instanceof ServiceError) return null;
      throw error;
    }
  }
}
