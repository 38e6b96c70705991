/** Writing and reading encrypted drafts: the payload is sealed before it reaches IndexedDB. */
import { openDraft, sealDraft } from './draft-crypto';
import { draftContext, draftPayloadSchema, type DraftPayload } from './draft-payload';
import type { DraftStore } from './draft-store';

export interface DraftToWrite {
  id: string;
  userId: string;
  payload: DraftPayload;
}

export async function writeDraft(store: DraftStore, key: CryptoKey, draft: DraftToWrite, now: Date = new Date()): Promise<void> {
  const sealed = await sealDraft(key, JSON.stringify(draft.payload), draftContext(draft.id, draft.userId));
  await store.put({ id: draft.id, userId: draft.userId, updatedAt: now.toISOString(), ...sealed });
}

export type OpenedDraft =
  | { id: string; userId: string; updatedAt: string; readable: true; payload: DraftPayload }
  /** Made under another store's key, or damaged: it can only be discarded. */
  | { id: string; userId: string; updatedAt: string; readable: false };

/** Every draft in the store, newest first, decrypted where possible. */
export async function readDrafts(store: DraftStore, key: CryptoKey): Promise<OpenedDraft[]> {
  const records = await store.all();
  return Promise.all(
    records.map(async (record): Promise<OpenedDraft> => {
      const base = { id: record.id, userId: record.userId, updatedAt: record.updatedAt };
      try {
        const plain = await openDraft(key, { iv: record.iv, ciphertext: record.ciphertext }, draftContext(record.id, record.userId));
        const parsed = draftPayloadSchema.safeParse(JSON.parse(plain));
        return parsed.success ? { ...base, readable: true, payload: parsed.data } : { ...base, readable: false };
      } catch {
        return { ...base, readable: false };
      }
    }),
  );
}
