/** A clock a test moves by hand (the services take "today" from it). */
import type { Clock } from '../../main/core/clock';

export function fixedClock(today: string): Clock & { set(today: string): void } {
  let date = new Date(`${today}T12:00:00`);
  return {
    now: () => date,
    set(next: string) {
      date = new Date(`${next}T12:00:00`);
    },
  };
}
