/**
 * Verbatim's Electron entry (bundled to dist/main/shell.cjs). Order matters:
 * sandbox and the app:// scheme are fixed before the app is ready; guards, the
 * protocol and IPC are in place before the first window loads; quitting waits
 * for the database worker to close the store cleanly.
 */
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, session } from 'electron';
import type { Backend } from '../ipc/backend';
import { createRouter } from '../ipc/router';
import { workerBackend } from '../worker/worker-backend';
import { configureContentsGuards, configureSessionGuards } from './guards';
import { registerFileDialog } from './file-dialog';
import { registerIpc } from './ipc';
import { electronPdfPrinter } from './pdf-printer';
import { resolveDbPath } from './paths';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { claimSingleInstance } from './single-instance';
import { createMainWindow, isOwnWebContents } from './window';

// dist/main holds shell.cjs, preload.cjs and db-worker.cjs; dist/renderer the UI.
const distMain = __dirname;
const allowDevTools = !app.isPackaged;

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function openWindow(): void {
  const window = createMainWindow({ preloadPath: join(distMain, 'preload.cjs'), allowDevTools });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function start(): void {
  const dbPath = resolveDbPath(process.argv, app.getPath('userData'));
  backend = workerBackend(join(distMain, 'db-worker.cjs'), { dbPath }, electronPdfPrinter());
  configureSessionGuards(session.defaultSession, allowDevTools);
  serveAppProtocol(join(distMain, '..', 'renderer'));
  registerIpc(ipcMain, createRouter(backend), isOwnWebContents);
  registerFileDialog(ipcMain, isOwnWebContents);
  openWindow();
}

function failToStart(error: unknown): void {
  console.error('verbatim: could not start', error);
  dialog.showErrorBox('Verbatim could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}

app.enableSandbox();
registerAppScheme();

if (claimSingleInstance(app, () => mainWindow)) {
  // Every web contents, including any created unexpectedly, gets the same guards.
  app.on('web-contents-created', (_event, contents) => configureContentsGuards(contents, allowDevTools));
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (app.isReady() && backend && !mainWindow) openWindow();
  });
  // Hold the quit until the worker has closed the store, so WAL is checkpointed.
  app.on('will-quit', (event) => {
    const closing = backend;
    if (!closing) return;
    backend = null;
    event.preventDefault();
    closing
      .close()
      .catch((error: unknown) => console.error('verbatim: closing the store failed', error))
      .finally(() => app.quit());
  });
  app.whenReady().then(start).catch(failToStart);
}
