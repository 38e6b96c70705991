import { useEffect, useRef } from 'react';
import { createIdleTimer, type IdleTimer } from './idle-timer';

/** What counts as someone being at the computer. */
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once after `minutes` without keyboard, mouse or pointer activity.
 * Changing `minutes` keeps counting from the last activity.
 */
export function useAutoLock(minutes: number, onIdle: () => void): void {
  const timerRef = useRef<IdleTimer | null>(null);
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  const minutesRef = useRef(minutes);
  useEffect(() => {
    minutesRef.current = minutes;
    timerRef.current?.setTimeoutMs(minutes * 60_000);
  }, [minutes]);

  useEffect(() => {
    const timer = createIdleTimer({ timeoutMs: minutesRef.current * 60_000, onIdle: () => onIdleRef.current() });
    timerRef.current = timer;
    const activity = () => timer.activity();
    const visible = () => {
      if (document.visibilityState === 'visible') timer.check();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, activity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', visible);
    return () => {
      timer.stop();
      timerRef.current = null;
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, activity, { capture: true });
      document.removeEventListener('visibilitychange', visible);
    };
  }, []);
}
