import { createIdleTimer, type Clock } from '../../renderer/src/shell/idle-timer';

const MINUTE = 60_000;

/** A clock driven by vitest's fake timers. */
const fakeClock = (): Clock => ({
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
});

describe('idle timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('calls onIdle once the idle time has passed without activity', () => {
    const onIdle = vi.fn();
    createIdleTimer({ timeoutMs: 10 * MINUTE, onIdle, clock: fakeClock() });
    vi.advanceTimersByTime(10 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('counts from the last activity', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 10 * MINUTE, onIdle, clock: fakeClock() });
    vi.advanceTimersByTime(9 * MINUTE);
    timer.activity();
    vi.advanceTimersByTime(9 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('calls onIdle only once, and never after stop', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: MINUTE, onIdle, clock: fakeClock() });
    vi.advanceTimersByTime(5 * MINUTE);
    timer.activity();
    vi.advanceTimersByTime(5 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(timer.stopped).toBe(true);

    const other = vi.fn();
    const stopped = createIdleTimer({ timeoutMs: MINUTE, onIdle: other, clock: fakeClock() });
    stopped.stop();
    vi.advanceTimersByTime(5 * MINUTE);
    expect(other).not.toHaveBeenCalled();
  });

  it('keeps only one timeout however much activity there is', () => {
    const timer = createIdleTimer({ timeoutMs: MINUTE, onIdle: vi.fn(), clock: fakeClock() });
    for (let i = 0; i < 1000; i += 1) timer.activity();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('a shorter idle time takes effect at once, counted from the last activity', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 10 * MINUTE, onIdle, clock: fakeClock() });
    vi.advanceTimersByTime(3 * MINUTE);
    timer.setTimeoutMs(2 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);

    const later = vi.fn();
    const second = createIdleTimer({ timeoutMs: 10 * MINUTE, onIdle: later, clock: fakeClock() });
    vi.advanceTimersByTime(MINUTE);
    second.setTimeoutMs(5 * MINUTE);
    vi.advanceTimersByTime(4 * MINUTE - 1);
    expect(later).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('check() catches up when timers were late (the computer slept)', () => {
    let now = 0;
    const pending: Array<() => void> = [];
    const sleepyClock: Clock = { now: () => now, setTimeout: (callback) => pending.push(callback), clearTimeout: () => {} };
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: MINUTE, onIdle, clock: sleepyClock });
    now = 30 * MINUTE; // woke up; the timeout has not run yet
    timer.check();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('refuses an idle time of zero or less', () => {
    expect(() => createIdleTimer({ timeoutMs: 0, onIdle: vi.fn(), clock: fakeClock() })).toThrow(RangeError);
    const timer = createIdleTimer({ timeoutMs: MINUTE, onIdle: vi.fn(), clock: fakeClock() });
    expect(() => timer.setTimeoutMs(-1)).toThrow(RangeError);
  });
});
