/**
 * The app's one window, with every web preference the Electron security
 * checklist asks for set explicitly (not left to defaults that change between
 * versions), and a record of which web contents are ours so IPC can tell.
 * The preferences are written inline in `new BrowserWindow(...)` so that
 * electronegativity, which reads the source, can see them.
 */
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './origin';

const ownWebContentsIds = new Set<number>();

/** True for the web contents of a window this module created and has not yet closed. */
export const isOwnWebContents = (webContentsId: number): boolean => ownWebContentsIds.has(webContentsId);

export interface MainWindowOptions {
  preloadPath: string;
  allowDevTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Verbatim',
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would try to open links in new windows; there are none to open.
      disableBlinkFeatures: 'Auxclick',
      // People's words are stored exactly as said: never underline, suggest or autocorrect them.
      spellcheck: false,
      // A packaged build has no developer tools at all.
      devTools: options.allowDevTools,
      safeDialogs: true,
    },
  });
  const id = window.webContents.id;
  ownWebContentsIds.add(id);
  window.on('closed', () => ownWebContentsIds.delete(id));
  // Shown once painted, so nobody sees a blank white frame.
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
