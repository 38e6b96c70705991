/** Asserts that a bundle is refused with a particular ServiceError code and message. */
import { expect } from 'vitest';
import type { ErrorCode } from '../../../shared/result';
import { ServiceError } from '../../../shared/result';

export function refusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError, but nothing was thrown');
}

export function expectRefused(run: () => unknown, code: ErrorCode, message?: RegExp | string): void {
  const error = refusal(run);
  expect(error.code, error.message).toBe(code);
  if (message !== undefined) expect(error.message).toMatch(message);
}
