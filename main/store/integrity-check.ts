/**
 * The page-by-page check of an unlocked store. On a million stories it takes
 * seconds, so it runs after the unlock on a connection of its own (a thread of
 * its own in the app) and the store's status reports how it went.
 */
import type { StoreStatus } from '../../shared/store/schemas';
import { openDatabase, quickCheck } from './database';

/** Runs `PRAGMA quick_check` on its own read-only connection and resolves to the first problem, or null. */
export type IntegrityChecker = (dbPath: string, dbKey: Buffer) => Promise<string | null>;

export const checkIntegrityInProcess: IntegrityChecker = async (dbPath, dbKey) => {
  const db = openDatabase(dbPath, dbKey, { readonly: true });
  try {
    return quickCheck(db);
  } finally {
    db.close();
  }
};

export type IntegrityState = Pick<StoreStatus, 'integrity' | 'integrityProblem'>;

const UNCHECKED: IntegrityState = { integrity: 'unchecked', integrityProblem: null };

/** The outcome of the latest check; a check started before the store was locked or reopened is ignored. */
export class IntegrityWatch {
  private current: IntegrityState = UNCHECKED;
  private generation = 0;

  constructor(private readonly checker: IntegrityChecker | null) {}

  get state(): IntegrityState {
    return this.current;
  }

  /** Checks another file now (a backup about to be restored), with the same checker, or in this process. */
  checkFile(dbPath: string, dbKey: Buffer): Promise<string | null> {
    return (this.checker ?? checkIntegrityInProcess)(dbPath, dbKey);
  }

  /** Starts a check of the store just opened. */
  start(dbPath: string, dbKey: Buffer): void {
    const generation = ++this.generation;
    if (!this.checker) return;
    this.current = { integrity: 'checking', integrityProblem: null };
    const settle = (problem: string | null) => {
      if (generation !== this.generation) return;
      this.current = problem ? { integrity: 'damaged', integrityProblem: problem } : { integrity: 'ok', integrityProblem: null };
    };
    this.checker(dbPath, dbKey).then(settle, (error: unknown) => settle(String(error)));
  }

  /** The store closed: whatever a running check finds no longer applies. */
  forget(): void {
    this.generation += 1;
    this.current = UNCHECKED;
  }
}
