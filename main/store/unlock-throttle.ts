/**
 * Slows down passphrase guessing: after 5 wrong attempts each further attempt must
 * wait, doubling from 2 seconds up to 5 minutes. A correct passphrase resets it.
 * The count can be kept in a file, so that restarting the app does not reset it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const FREE_ATTEMPTS = 5;
const BASE_DELAY_MS = 2000;
const MAX_DELAY_MS = 5 * 60 * 1000;

const stateSchema = z.object({ failures: z.number().int().nonnegative(), lastFailureAt: z.number() });
type ThrottleState = z.infer<typeof stateSchema>;

export class UnlockThrottle {
  private state: ThrottleState = { failures: 0, lastFailureAt: 0 };
  private readonly now: () => number;

  /** `file`: where the count survives restarts (none for in-memory only). */
  constructor(
    now: () => number = Date.now,
    private readonly file?: string,
  ) {
    this.now = now;
    if (file) {
      try {
        const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        if (parsed.success) this.state = parsed.data;
      } catch {
        // No file yet, or an unreadable one: start counting afresh.
      }
    }
  }

  /** Milliseconds the caller must still wait before another attempt is allowed. */
  waitMs(): number {
    const { failures, lastFailureAt } = this.state;
    if (failures < FREE_ATTEMPTS) return 0;
    const delay = Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
    return Math.max(0, lastFailureAt + delay - this.now());
  }

  recordFailure(): void {
    this.state = { failures: this.state.failures + 1, lastFailureAt: this.now() };
    if (this.file) {
      try {
        writeFileSync(this.file, JSON.stringify(this.state), { mode: 0o600 });
      } catch {
        // A read-only folder must not turn a wrong passphrase into a crash.
      }
    }
  }

  recordSuccess(): void {
    if (this.state.failures === 0) return;
    this.state = { failures: 0, lastFailureAt: 0 };
    if (this.file) rmSync(this.file, { force: true });
  }
}
