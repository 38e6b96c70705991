import { useEffect, useState } from 'react';

/** A wait that started at `from` and ends at `until` (milliseconds since the epoch). */
export interface Countdown {
  from: number;
  until: number;
}

export const startCountdown = (ms: number, now: number = Date.now()): Countdown => ({ from: now, until: now + ms });

/** Whole seconds left until the countdown ends, updated as time passes; 0 when there is none. */
export function useSecondsLeft(countdown: Countdown | null): number {
  const [tick, setTick] = useState<{ countdown: Countdown | null; now: number }>({ countdown: null, now: 0 });
  useEffect(() => {
    if (!countdown) return undefined;
    const id = window.setInterval(() => {
      const now = Date.now();
      setTick({ countdown, now });
      if (now >= countdown.until) window.clearInterval(id);
    }, 250);
    return () => window.clearInterval(id);
  }, [countdown]);
  if (!countdown) return 0;
  const now = tick.countdown === countdown ? tick.now : countdown.from;
  return Math.max(0, Math.ceil((countdown.until - now) / 1000));
}
