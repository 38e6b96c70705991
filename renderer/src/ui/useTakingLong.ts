import { useEffect, useState } from 'react';

/** Whether `busy` has lasted `afterMs`: the moment to explain why something usually quick is taking a while. */
export function useTakingLong(busy: boolean, afterMs: number): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!busy) return undefined;
    const timer = setTimeout(() => setLong(true), afterMs);
    return () => {
      clearTimeout(timer);
      setLong(false);
    };
  }, [busy, afterMs]);
  return busy && long;
}
