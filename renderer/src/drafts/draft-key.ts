/**
 * The draft key, fetched from the store once per signed-in person and kept only in
 * memory as a non-extractable CryptoKey. Forgotten when the store locks or the
 * person changes, so nothing in the page can read drafts while it is locked.
 */
import { api, toApiError, type ApiError } from '../api/client';
import { useSession } from '../app/session';
import { importDraftKey } from './draft-crypto';

let cached: { userId: string; key: Promise<CryptoKey | ApiError> } | null = null;

async function fetchKey(): Promise<CryptoKey | ApiError> {
  const answer = await api.getDraftKey({});
  if (!answer.ok) return answer.error;
  try {
    return await importDraftKey(answer.value.key);
  } catch (error) {
    return toApiError('INTERNAL', error instanceof Error ? error.message : String(error));
  }
}

export const isKey = (value: CryptoKey | ApiError): value is CryptoKey => !('code' in value);

/** The key for the signed-in person's session, or why it could not be had. */
export function draftKey(): Promise<CryptoKey | ApiError> {
  const userId = useSession.getState().person?.user?.id ?? null;
  if (userId === null) return Promise.resolve(toApiError('NOT_SIGNED_IN', 'Nobody is signed in.'));
  if (cached?.userId !== userId) {
    const key = fetchKey();
    cached = { userId, key };
    // A failure is not kept: the next call asks again.
    void key.then((value) => {
      if (!isKey(value) && cached?.key === key) cached = null;
    });
  }
  return cached.key;
}

export function forgetDraftKey(): void {
  cached = null;
}

useSession.subscribe((state, previous) => {
  if (state.person?.user?.id !== previous.person?.user?.id || state.screen === 'unlock' || state.screen === 'setup') forgetDraftKey();
});
