import type { Db } from '../database';

/** One numbered schema change. `up` runs inside a transaction with the version bump. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
