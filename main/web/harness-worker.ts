/**
 * The web harness's database worker: the app's worker with a clock the end-to-end
 * tests can move (Harness.setToday). Built only into dist/web, never packaged.
 */
import { systemClock, type Clock } from '../core/clock';
import { serveDatabase } from '../worker/serve-database';

const DAY_MS = 86_400_000;

/** The system clock moved by the whole days in `shift` (read on every call). */
export const shiftedClock = (shift: SharedArrayBuffer): Clock => {
  const days = new Int32Array(shift);
  return { now: () => new Date(Date.now() + Atomics.load(days, 0) * DAY_MS) };
};

serveDatabase((data) => (data.clockShift ? shiftedClock(data.clockShift) : systemClock));
