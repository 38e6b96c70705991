import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { bringToFront, claimSingleInstance, type FocusableWindow } from '../../main/shell/single-instance';

function fakeWindow(minimised: boolean) {
  return { isMinimized: vi.fn(() => minimised), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
}

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((name: string, listener: () => void) => listeners.set(name, listener)),
  };
  return { app, listeners };
}

type AppArgument = Parameters<typeof claimSingleInstance>[0];

describe('single instance', () => {
  it('quits when another instance holds the lock', () => {
    const { app, listeners } = fakeApp(false);
    expect(claimSingleInstance(app as unknown as AppArgument, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(listeners.has('second-instance')).toBe(false);
  });

  it('keeps running with the lock and brings its window back when a second launch happens', () => {
    const { app, listeners } = fakeApp(true);
    const window = fakeWindow(true);
    expect(claimSingleInstance(app as unknown as AppArgument, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    listeners.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('focuses without restoring a window that is not minimised, and copes with no window', () => {
    const window = fakeWindow(false);
    bringToFront(window as FocusableWindow);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(() => bringToFront(null)).not.toThrow();
  });
});
