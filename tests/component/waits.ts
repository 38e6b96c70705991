/** Waiting for what a screen does after an action, instead of reading it once. */
import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Waits until `target` (an element, or the id of one) has the focus. Screens move the
 * focus in an effect or in the next frame, after what they show has appeared, so a
 * single read of `document.activeElement` races with them.
 */
export async function expectFocus(target: Element | string): Promise<void> {
  await waitFor(() => {
    const element = typeof target === 'string' ? document.getElementById(target) : target;
    expect(element, `there is no element with the id "${String(target)}"`).not.toBeNull();
    expect(document.activeElement).toBe(element);
  });
}

/** A promise and the function that settles it, for answering requests when the test decides (out of order, or late). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}
