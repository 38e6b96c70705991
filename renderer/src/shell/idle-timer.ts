/**
 * The idle timer behind auto-lock, as a small pure module: no DOM, no React, and
 * time comes from an injected clock so that tests can drive it.
 *
 * Activity only records a time stamp (cheap enough for every mouse move); a single
 * timeout fires at the earliest moment the idle time could be over and, if there
 * was activity since, sleeps again for the remainder. `onIdle` is called once.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export interface IdleTimerOptions {
  timeoutMs: number;
  onIdle(): void;
  clock?: Clock;
}

export interface IdleTimer {
  /** Someone used the keyboard, mouse or pointer. */
  activity(): void;
  /** A new idle time, counted from the last activity. */
  setTimeoutMs(ms: number): void;
  /** Checks now (e.g. after the computer wakes from sleep, when timers may be late). */
  check(): void;
  stop(): void;
  readonly stopped: boolean;
}

export function createIdleTimer({ timeoutMs, onIdle, clock = systemClock }: IdleTimerOptions): IdleTimer {
  if (!(timeoutMs > 0)) throw new RangeError('The idle time must be more than zero.');
  let limit = timeoutMs;
  let lastActivity = clock.now();
  let handle: unknown = null;
  let stopped = false;

  const cancel = () => {
    if (handle !== null) clock.clearTimeout(handle);
    handle = null;
  };

  const check = () => {
    if (stopped) return;
    const idleFor = clock.now() - lastActivity;
    if (idleFor >= limit) {
      stopped = true;
      cancel();
      onIdle();
      return;
    }
    schedule(limit - idleFor);
  };

  function schedule(ms: number) {
    cancel();
    handle = clock.setTimeout(() => {
      handle = null;
      check();
    }, ms);
  }

  schedule(limit);

  return {
    activity() {
      if (!stopped) lastActivity = clock.now();
    },
    setTimeoutMs(ms) {
      if (!(ms > 0)) throw new RangeError('The idle time must be more than zero.');
      limit = ms;
      check();
    },
    check,
    stop() {
      stopped = true;
      cancel();
    },
    get stopped() {
      return stopped;
    },
  };
}
