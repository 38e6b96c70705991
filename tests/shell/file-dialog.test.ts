import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/sam/field.vtransfer'] })),
  showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/sam/Verbatim exports/bundle.zip' })),
  window: { id: 'main-window' },
}));

vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => electron.window },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: electron.showSaveDialog },
}));

import { registerFileDialog } from '../../main/shell/file-dialog';
import { FILE_DIALOG_CHANNEL } from '../../shared/files/file-dialog';
import { fakeInvokeEvent, FakeWebContents } from './fakes';

type Listener = (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>;

function setUp() {
  let listener: Listener | undefined;
  const ipcMain = { handle: (channel: string, handler: Listener) => channel === FILE_DIALOG_CHANNEL && (listener = handler) } as unknown as Pick<IpcMain, 'handle'>;
  registerFileDialog(ipcMain, (id) => id === 1);
  const own = new FakeWebContents(1);
  return { call: (request: unknown, contents = own) => listener!(fakeInvokeEvent(contents, contents.mainFrame), request) };
}

describe('the native file dialog', () => {
  it('answers with the path chosen to open, offering only the file types asked for', async () => {
    const { call } = setUp();
    const filters = [{ name: 'Transfer file', extensions: ['vtransfer'] }];
    expect(await call({ mode: 'open', title: 'Bring in a transfer file', filters })).toBe('/home/sam/field.vtransfer');
    expect(electron.showOpenDialog).toHaveBeenCalledWith(electron.window, expect.objectContaining({ filters, properties: ['openFile'] }));
  });

  it('answers with the path chosen to save, and null when the dialog is closed', async () => {
    const { call } = setUp();
    expect(await call({ mode: 'save', title: 'Save the bundle', defaultPath: '/home/sam/Verbatim exports' })).toBe('/home/sam/Verbatim exports/bundle.zip');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await call({ mode: 'save', title: 'Save the bundle' })).toBeNull();
  });

  it('shows nothing for a request from another page or a malformed request', async () => {
    const { call } = setUp();
    electron.showOpenDialog.mockClear();
    expect(await call({ mode: 'open', title: 'x' }, new FakeWebContents(2))).toBeNull();
    expect(await call({ mode: 'open', title: 'x', filters: [{ name: 'any', extensions: ['../*'] }] })).toBeNull();
    expect(await call({ mode: 'delete', title: 'x' })).toBeNull();
    expect(electron.showOpenDialog).not.toHaveBeenCalled();
  });
});
