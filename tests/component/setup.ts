/**
 * Set-up for component tests (jsdom): IndexedDB for Dexie, the app's i18n, and a
 * clean slate after every test (DOM, session store, bridge, timers, address).
 */
import 'fake-indexeddb/auto';
import '../../renderer/src/i18n';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetSession } from '../../renderer/src/app/session';
import { flushDraft } from '../../renderer/src/capture/draft-autosave';
import { useCapture } from '../../renderer/src/capture/capture-store';
import { useDraftOffer } from '../../renderer/src/drafts/draft-offer';
import { forgetDraftKey } from '../../renderer/src/drafts/draft-key';
import { draftStore } from '../../renderer/src/drafts/draft-store';
import { API_DELAY_MS, removeApi } from './fake-api';

// With slowed answers (a stress run), waiting may take longer than the usual second;
// only a test that reads without waiting should fail, not one that waits.
if (API_DELAY_MS > 0) configure({ asyncUtilTimeout: 5000 + 20 * API_DELAY_MS });

afterEach(async () => {
  cleanup();
  vi.useRealTimers(); // IndexedDB (fake-indexeddb) needs real timers to finish
  // Drafts written by one test must not be offered in the next.
  await flushDraft();
  const drafts = draftStore();
  for (const record of await drafts.all()) await drafts.remove(record.id);
  forgetDraftKey();
  useCapture.getState().reset();
  useDraftOffer.getState().reset();
  resetSession();
  removeApi();
  window.location.hash = '';
  document.title = '';
});
