/**
 * One Verbatim per user at a time: two processes writing the same encrypted store
 * would fight over its lock. A second launch hands over to the first, which comes
 * to the front, and then quits.
 */
import type { App, BrowserWindow } from 'electron';

export type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

export function bringToFront(window: FocusableWindow | null): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Returns false (after asking the app to quit) when another instance already runs. */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>, currentWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => bringToFront(currentWindow()));
  return true;
}
