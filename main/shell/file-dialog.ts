/**
 * The native open/save dialog behind `window.verbatimFiles.choose`, with the same
 * sender check as every other channel. It returns a path only; nothing is read or
 * written here.
 */
import { BrowserWindow, dialog, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { FILE_DIALOG_CHANNEL, fileDialogRequestSchema } from '../../shared/files/file-dialog';
import { isTrustedSender } from './ipc';

export function registerFileDialog(ipcMain: Pick<IpcMain, 'handle'>, isOwnWebContents: (webContentsId: number) => boolean): void {
  ipcMain.handle(FILE_DIALOG_CHANNEL, async (event: IpcMainInvokeEvent, request: unknown): Promise<string | null> => {
    if (!isTrustedSender(event, isOwnWebContents)) return null;
    const parsed = fileDialogRequestSchema.safeParse(request);
    if (!parsed.success) return null;
    const { mode, title, defaultPath, filters } = parsed.data;
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!window) return null;
    if (mode === 'save') {
      const chosen = await dialog.showSaveDialog(window, { title, defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] });
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    }
    const chosen = await dialog.showOpenDialog(window, { title, defaultPath, filters, properties: ['openFile'] });
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  });
}
