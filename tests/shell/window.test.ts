import type { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as Array<{ options: unknown; loadURL: ReturnType<typeof vi.fn>; emit: (name: string) => boolean }>);

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  let nextId = 100;
  class BrowserWindow extends Emitter {
    readonly webContents = { id: nextId++ };
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
    constructor(readonly options: unknown) {
      super();
      created.push(this);
    }
  }
  return { BrowserWindow };
});

import { createMainWindow, isOwnWebContents } from '../../main/shell/window';

function preferencesOf(allowDevTools: boolean): WebPreferences {
  createMainWindow({ preloadPath: '/app/dist/main/preload.cjs', allowDevTools });
  const options = created.at(-1)?.options as BrowserWindowConstructorOptions;
  if (!options.webPreferences) throw new Error('the window was created without webPreferences');
  return options.webPreferences;
}

describe('secure web preferences of the main window', () => {
  const preferences = preferencesOf(false);

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['spellcheck', false],
    ['devTools', false],
  ] as const)('%s is %s', (key, value) => {
    expect(preferences[key]).toBe(value);
  });

  it('loads the bundled preload, disables middle-click windows and enables no blink features', () => {
    expect(preferences.preload).toBe('/app/dist/main/preload.cjs');
    expect(preferences.disableBlinkFeatures).toBe('Auxclick');
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.additionalArguments).toBeUndefined();
  });

  it('allows developer tools only when asked (development), and stays sandboxed then', () => {
    const development = preferencesOf(true);
    expect(development.devTools).toBe(true);
    expect(development.sandbox).toBe(true);
    expect(development.contextIsolation).toBe(true);
  });
});

describe('the main window', () => {
  it('loads app://verbatim/ and nothing else', () => {
    createMainWindow({ preloadPath: '/app/dist/main/preload.cjs', allowDevTools: false });
    expect(created.at(-1)?.loadURL).toHaveBeenCalledExactlyOnceWith('app://verbatim/');
  });

  it('is recorded as ours until it closes', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs', allowDevTools: false }) as unknown as EventEmitter & { webContents: { id: number } };
    const id = window.webContents.id;
    expect(isOwnWebContents(id)).toBe(true);
    expect(isOwnWebContents(id + 1000)).toBe(false);
    window.emit('closed');
    expect(isOwnWebContents(id)).toBe(false);
  });
});
