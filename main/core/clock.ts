/**
 * Where services take "now" and "today" from, so that tests can set the date (months
 * ahead, to see a response fall overdue) without waiting for it. The app and the
 * command line use the system clock; only tests and the web harness pass another.
 */
import { localToday } from '../users/user-service';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today's date on this laptop by `clock`, as YYYY-MM-DD. */
export const todayBy = (clock: Clock): string => localToday(clock.now());
