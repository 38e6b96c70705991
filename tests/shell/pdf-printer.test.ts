import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';

const state = vi.hoisted(() => ({
  windows: [] as Array<{ options: BrowserWindowConstructorOptions; loaded: string[]; destroyed: boolean }>,
  beforeRequest: null as null | ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void),
  permissions: null as null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
  partition: '',
  printFails: false,
}));

vi.mock('electron', () => {
  const reportSession = {
    setPermissionRequestHandler: (handler: typeof state.permissions) => (state.permissions = handler),
    setPermissionCheckHandler: () => undefined,
    webRequest: { onBeforeRequest: (listener: typeof state.beforeRequest) => (state.beforeRequest = listener) },
  };
  class BrowserWindow {
    readonly record: { options: BrowserWindowConstructorOptions; loaded: string[]; destroyed: boolean };
    readonly webContents = {
      printToPDF: vi.fn(async () => {
        if (state.printFails) throw new Error('printing failed');
        return Buffer.from('%PDF-1.4 fake');
      }),
    };
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loaded: [], destroyed: false };
      state.windows.push(this.record);
    }
    async loadURL(url: string) {
      this.record.loaded.push(url);
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { BrowserWindow, session: { fromPartition: (name: string) => ((state.partition = name), reportSession) } };
});

import { electronPdfPrinter, REPORT_PARTITION } from '../../main/shell/pdf-printer';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'verbatim-pdf-'));
  folders.push(made);
  return made;
};

describe('the desktop app’s PDF printer', () => {
  it('prints in a hidden, sandboxed window with no script, in a session of its own that loads nothing but the report', async () => {
    const path = join(folder(), 'report.pdf');
    await electronPdfPrinter().print('<!doctype html><p>Report</p>', path);
    const window = state.windows.at(-1)!;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, devTools: false, spellcheck: false });
    expect(window.options.webPreferences?.preload).toBeUndefined();
    expect(state.partition).toBe(REPORT_PARTITION);
    expect(window.loaded).toHaveLength(1);
    expect(Buffer.from(window.loaded[0]!.split(',')[1]!, 'base64').toString('utf8')).toBe('<!doctype html><p>Report</p>');
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.4 fake');
    expect(window.destroyed).toBe(true);
    const answer = (url: string) => new Promise<boolean>((resolve) => state.beforeRequest!({ url }, ({ cancel }) => resolve(cancel)));
    expect(await answer('https://example.org/font.woff')).toBe(true);
    expect(await answer('file:///etc/passwd')).toBe(true);
    expect(await answer('data:text/html;base64,AA==')).toBe(false);
    const granted = await new Promise<boolean>((resolve) => state.permissions!(null, 'media', resolve));
    expect(granted).toBe(false);
  });

  it('closes its window and writes nothing when printing fails', async () => {
    state.printFails = true;
    const path = join(folder(), 'report.pdf');
    await expect(electronPdfPrinter().print('<p>x</p>', path)).rejects.toThrow('printing failed');
    expect(state.windows.at(-1)!.destroyed).toBe(true);
    expect(() => readFileSync(path)).toThrow();
    state.printFails = false;
  });
});
