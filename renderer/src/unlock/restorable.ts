import type { ErrorCode } from '../../../shared/result';

/** Errors after which a backup is the way back in, so the unlock screen offers one. */
export const RESTORE_OFFERED_FOR: readonly ErrorCode[] = ['STORE_CORRUPT', 'STORE_KEYS_MISSING', 'STORE_KEYS_CORRUPT'];

export const offersRestore = (code: ErrorCode): boolean => RESTORE_OFFERED_FOR.includes(code);
