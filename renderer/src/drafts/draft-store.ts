/**
 * Unsaved drafts in IndexedDB, through Dexie. A record holds only what is needed
 * to find and decrypt it: never the words, not even an excerpt. Transactions ask
 * Chromium for strict durability, so a draft survives the power going off, not
 * only a crash of the page.
 */
import Dexie, { type Table } from 'dexie';
import type { Bytes } from './draft-crypto';

export interface DraftRecord {
  id: string;
  /** Who typed it (a user id; names are looked up when the drafts are offered). */
  userId: string;
  updatedAt: string;
  iv: Bytes;
  ciphertext: Bytes;
}

export const DRAFTS_DATABASE = 'verbatim-drafts';

class DraftDatabase extends Dexie {
  drafts!: Table<DraftRecord, string>;

  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ drafts: 'id, userId, updatedAt' });
  }
}

export interface DraftStore {
  put(record: DraftRecord): Promise<void>;
  get(id: string): Promise<DraftRecord | undefined>;
  /** Every draft, newest first. */
  all(): Promise<DraftRecord[]>;
  remove(id: string): Promise<void>;
  close(): void;
}

export function openDraftStore(name: string = DRAFTS_DATABASE): DraftStore {
  const db = new DraftDatabase(name);
  return {
    async put(record) {
      // Only these five fields are written, whatever the caller's object holds.
      const { id, userId, updatedAt, iv, ciphertext } = record;
      await db.drafts.put({ id, userId, updatedAt, iv, ciphertext });
    },
    get: (id) => db.drafts.get(id),
    all: () => db.drafts.orderBy('updatedAt').reverse().toArray(),
    remove: (id) => db.drafts.delete(id),
    close: () => db.close(),
  };
}

let shared: DraftStore | null = null;

/** The app's one draft store, opened on first use. */
export function draftStore(): DraftStore {
  shared ??= openDraftStore();
  return shared;
}

/** Swaps the app's draft store (tests). */
export function setDraftStore(store: DraftStore | null): void {
  shared = store;
}
