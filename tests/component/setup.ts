/**
 * Set-up for component tests (jsdom): IndexedDB for Dexie, the app's i18n, and a
 * clean slate after every test (DOM, session store, bridge, timers, address).
 */
import 'fake-indexeddb/auto';
import '../../renderer/src/i18n';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { resetSession } from '../../renderer/src/app/session';
import { removeApi } from './fake-api';

afterEach(() => {
  cleanup();
  resetSession();
  removeApi();
  vi.useRealTimers();
  window.location.hash = '';
  document.title = '';
});
