import { blankValues } from '../../renderer/src/capture/capture-values';
import { createAutosaver, type Snapshot, type Timers } from '../../renderer/src/drafts/draft-autosaver';
import { importDraftKey, openDraft, sealDraft } from '../../renderer/src/drafts/draft-crypto';
import type { DraftPayload } from '../../renderer/src/drafts/draft-payload';
import { openDraftStore } from '../../renderer/src/drafts/draft-store';
import { readDrafts, writeDraft } from '../../renderer/src/drafts/drafts';
import { ADMIN, DRAFT_KEY } from './fake-api';

const OTHER_KEY = 'H8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8c=';
const WORDS = '  My mother waited 9 hours. زوجي مريض 😟\tEnd.  ';

const payload = (text: string): DraftPayload => ({
  v: 1,
  values: { ...blankValues({ language: 'English', channel: 'community-event', heardOn: '2026-03-14' }), text },
  event: { id: 'e1', name: 'Church Street community fair' },
  userName: ADMIN.name,
});

/** Reads a record with the plain IndexedDB API, as anything else on the disk would see it. */
function rawRecords(dbName: string): Promise<Array<Record<string, unknown>>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(dbName);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('drafts', 'readonly').objectStore('drafts').getAll();
      request.onsuccess = () => {
        open.result.close();
        resolve(request.result as Array<Record<string, unknown>>);
      };
      request.onerror = () => reject(request.error);
    };
  });
}

const contains = (haystack: Uint8Array, needle: string): boolean => Buffer.from(haystack).includes(Buffer.from(needle, 'utf8'));

describe('draft encryption', () => {
  it('round-trips the exact text with AES-GCM under the store key', async () => {
    const key = await importDraftKey(DRAFT_KEY);
    const sealed = await sealDraft(key, WORDS, 'context-1');
    expect(sealed.iv).toHaveLength(12);
    expect(await openDraft(key, sealed, 'context-1')).toBe(WORDS);
  });

  it('uses a fresh IV for every write', async () => {
    const key = await importDraftKey(DRAFT_KEY);
    const ivs = new Set<string>();
    for (let i = 0; i < 20; i += 1) ivs.add(Buffer.from((await sealDraft(key, WORDS, 'c')).iv).toString('hex'));
    expect(ivs.size).toBe(20);
  });

  it('refuses the wrong key, the wrong context and a changed byte', async () => {
    const key = await importDraftKey(DRAFT_KEY);
    const other = await importDraftKey(OTHER_KEY);
    const sealed = await sealDraft(key, WORDS, 'draft-a:user-1');
    await expect(openDraft(other, sealed, 'draft-a:user-1')).rejects.toThrow();
    await expect(openDraft(key, sealed, 'draft-b:user-1')).rejects.toThrow();
    const tampered = new Uint8Array(sealed.ciphertext);
    tampered[0] = (tampered[0] ?? 0) ^ 1;
    await expect(openDraft(key, { iv: sealed.iv, ciphertext: tampered }, 'draft-a:user-1')).rejects.toThrow();
  });

  it('refuses a key that is not 32 bytes, and never lets the key be read back', async () => {
    await expect(importDraftKey(btoa('short'))).rejects.toThrow(/32 bytes/);
    const key = await importDraftKey(DRAFT_KEY);
    expect(key.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});

describe('draft store (IndexedDB through Dexie)', () => {
  it('holds only id, owner, time, IV and ciphertext: no words, not even an excerpt', async () => {
    const name = `drafts-test-${Math.random()}`;
    const store = openDraftStore(name);
    const key = await importDraftKey(DRAFT_KEY);
    await writeDraft(store, key, { id: 'draft-1', userId: ADMIN.id, payload: payload(WORDS) });
    const [record] = await rawRecords(name);
    expect(Object.keys(record ?? {}).sort()).toEqual(['ciphertext', 'id', 'iv', 'updatedAt', 'userId']);
    const ciphertext = record?.ciphertext as Uint8Array;
    for (const words of ['mother', 'زوجي', 'End.', ADMIN.name, 'Church Street']) {
      expect(contains(ciphertext, words)).toBe(false);
      expect(JSON.stringify(record)).not.toContain(words);
    }
    store.close();
  });

  it('reads drafts back exactly, newest first, and marks those it cannot decrypt', async () => {
    const store = openDraftStore(`drafts-test-${Math.random()}`);
    const key = await importDraftKey(DRAFT_KEY);
    const other = await importDraftKey(OTHER_KEY);
    await writeDraft(store, key, { id: 'older', userId: ADMIN.id, payload: payload('older') }, new Date('2026-03-14T10:00:00Z'));
    await writeDraft(store, key, { id: 'newer', userId: ADMIN.id, payload: payload(WORDS) }, new Date('2026-03-14T11:00:00Z'));
    await writeDraft(store, other, { id: 'foreign', userId: ADMIN.id, payload: payload('another store') }, new Date('2026-03-14T09:00:00Z'));
    const drafts = await readDrafts(store, key);
    expect(drafts.map((draft) => draft.id)).toEqual(['newer', 'older', 'foreign']);
    const [newest] = drafts;
    expect(newest?.readable && newest.payload.values.text).toBe(WORDS);
    expect(drafts[2]?.readable).toBe(false);
    store.close();
  });

  it('cannot be passed off as another draft: the id and owner are bound in', async () => {
    const store = openDraftStore(`drafts-test-${Math.random()}`);
    const key = await importDraftKey(DRAFT_KEY);
    await writeDraft(store, key, { id: 'mine', userId: ADMIN.id, payload: payload(WORDS) });
    const record = await store.get('mine');
    if (!record) throw new Error('no record');
    await store.put({ ...record, id: 'moved', userId: 'someone-else' });
    const moved = (await readDrafts(store, key)).find((draft) => draft.id === 'moved');
    expect(moved?.readable).toBe(false);
    store.close();
  });
});

/** A clock the test moves by hand. */
function manualTimers() {
  let now = 0;
  let queue: Array<{ at: number; callback: () => void; id: number }> = [];
  let next = 1;
  const timers: Timers = {
    setTimeout(callback, ms) {
      const id = next++;
      queue.push({ at: now + ms, callback, id });
      return id;
    },
    clearTimeout(handle) {
      queue = queue.filter((entry) => entry.id !== handle);
    },
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = queue.filter((entry) => entry.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      queue = queue.filter((entry) => entry !== due);
      now = due.at;
      due.callback();
      await Promise.resolve();
    }
    now = until;
    await new Promise((done) => setTimeout(done, 0));
  };
  return { timers, advance, now: () => now };
}

describe('draft autosaver', () => {
  const snapshot = (id: string, text: string): Snapshot<string> => ({ id, blank: text === '', data: text });

  it('writes within the delay after a change, with the latest text', async () => {
    const clock = manualTimers();
    const written: Array<{ at: number; text: string }> = [];
    const saver = createAutosaver<string>({
      timers: clock.timers,
      write: async (s) => void written.push({ at: clock.now(), text: s.data }),
      remove: async () => {},
    });
    saver.change(snapshot('d', 'a'));
    await clock.advance(100);
    saver.change(snapshot('d', 'ab'));
    await clock.advance(100);
    expect(written).toEqual([{ at: 200, text: 'ab' }]);
  });

  it('keeps saving while someone types without a pause (a throttle, not a debounce)', async () => {
    const clock = manualTimers();
    const written: number[] = [];
    const saver = createAutosaver<string>({ timers: clock.timers, write: async () => void written.push(clock.now()), remove: async () => {} });
    let text = '';
    for (let i = 0; i < 40; i += 1) {
      text += 'x';
      saver.change(snapshot('d', text));
      await clock.advance(50);
    }
    expect(written.length).toBeGreaterThanOrEqual(9);
    const gaps = written.slice(1).map((at, i) => at - (written[i] ?? 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(250);
  });

  it('never brings back a draft deleted after its story was saved', async () => {
    const clock = manualTimers();
    const log: string[] = [];
    const saver = createAutosaver<string>({
      timers: clock.timers,
      write: async (s) => void log.push(`write ${s.id}`),
      remove: async (id) => void log.push(`remove ${id}`),
    });
    saver.change(snapshot('d', 'typed'));
    await saver.discard('d');
    await clock.advance(500);
    expect(log).toEqual(['remove d']);
  });

  it('deletes a draft whose form was cleared, and writes a waiting change when asked to flush', async () => {
    const clock = manualTimers();
    const log: string[] = [];
    const saver = createAutosaver<string>({
      timers: clock.timers,
      write: async (s) => void log.push(`write ${s.data}`),
      remove: async (id) => void log.push(`remove ${id}`),
    });
    saver.change(snapshot('d', 'abc'));
    await saver.flush();
    saver.change(snapshot('d', ''));
    await clock.advance(200);
    expect(log).toEqual(['write abc', 'remove d']);
  });

  it('reports a failed write and carries on', async () => {
    const clock = manualTimers();
    const errors: unknown[] = [];
    let fail = true;
    const written: string[] = [];
    const saver = createAutosaver<string>({
      timers: clock.timers,
      write: async (s) => {
        if (fail) throw new Error('QuotaExceededError');
        written.push(s.data);
      },
      remove: async () => {},
      onError: (error) => errors.push(error),
    });
    saver.change(snapshot('d', 'one'));
    await clock.advance(200);
    fail = false;
    saver.change(snapshot('d', 'two'));
    await clock.advance(200);
    expect(errors).toHaveLength(1);
    expect(written).toEqual(['two']);
  });
});
