/**
 * Saves the capture form as a draft while it is typed: at most `delayMs` after a
 * change (a throttle, not a debounce, so a person typing without pause is still
 * saved every `delayMs`). Writes and deletions run one at a time, in order, so a
 * late write can never bring back a draft that was deleted after its story was saved.
 * Pure: the writer, the timer and the error report are given to it.
 */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export interface Snapshot<T> {
  id: string;
  /** Nothing worth keeping: the draft is deleted rather than written. */
  blank: boolean;
  data: T;
}

export interface AutosaverOptions<T> {
  delayMs?: number;
  write(snapshot: Snapshot<T>): Promise<void>;
  remove(id: string): Promise<void>;
  onError?(error: unknown): void;
  /** Told after every successful write (for "draft kept" indicators). */
  onWritten?(snapshot: Snapshot<T>): void;
  timers?: Timers;
}

export interface Autosaver<T> {
  /** The form changed. */
  change(snapshot: Snapshot<T>): void;
  /** Writes any pending change now and waits until everything queued is done. */
  flush(): Promise<void>;
  /** Drops any pending change to `id` and deletes its draft (after queued writes). */
  discard(id: string): Promise<void>;
  /** Stops the timer (a pending change is written first). */
  stop(): Promise<void>;
}

export const AUTOSAVE_DELAY_MS = 200;

export function createAutosaver<T>({ delayMs = AUTOSAVE_DELAY_MS, write, remove, onError, onWritten, timers = systemTimers }: AutosaverOptions<T>): Autosaver<T> {
  let pending: Snapshot<T> | null = null;
  let timer: unknown = null;
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (task: () => Promise<void>): Promise<void> => {
    queue = queue.then(task).catch((error: unknown) => onError?.(error));
    return queue;
  };

  const writeNow = (snapshot: Snapshot<T>) =>
    enqueue(async () => {
      if (snapshot.blank) await remove(snapshot.id);
      else {
        await write(snapshot);
        onWritten?.(snapshot);
      }
    });

  const takePending = (): Snapshot<T> | null => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    const taken = pending;
    pending = null;
    return taken;
  };

  const flushPending = (): Promise<void> => {
    const snapshot = takePending();
    return snapshot ? writeNow(snapshot) : queue;
  };

  return {
    change(snapshot) {
      // A change to another draft first writes the one still waiting.
      if (pending && pending.id !== snapshot.id) void flushPending();
      pending = snapshot;
      if (timer === null) timer = timers.setTimeout(() => void flushPending(), delayMs);
    },
    async flush() {
      await flushPending();
      await queue;
    },
    async discard(id) {
      if (pending?.id === id) takePending();
      await enqueue(() => remove(id));
    },
    async stop() {
      await flushPending();
    },
  };
}
