/**
 * The desktop app's PDF printer: a hidden window, in a session of its own held in
 * memory, that loads nothing but the report's HTML (as a data: URL; every other
 * request is cancelled), runs no script, and is printed with printToPDF and closed.
 * The preferences are written inline so that electronegativity can read them.
 */
import { writeFile } from 'node:fs/promises';
import { BrowserWindow, session } from 'electron';
import { PAGE, type PdfPrinter } from '../insight/report/pdf-printer';

/** The report's own session: nothing persisted, nothing but data: loaded. */
export const REPORT_PARTITION = 'verbatim-report';

const MM_PER_INCH = 25.4;

export function electronPdfPrinter(): PdfPrinter {
  let guarded = false;
  return {
    async print(html, path) {
      const reportSession = session.fromPartition(REPORT_PARTITION, { cache: false });
      if (!guarded) {
        reportSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
        reportSession.setPermissionCheckHandler(() => false);
        reportSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
        guarded = true;
      }
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: reportSession,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          javascript: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
          webviewTag: false,
          navigateOnDragDrop: false,
          // Nothing in the report is a link to follow; middle-click would try to open a window.
          disableBlinkFeatures: 'Auxclick',
          spellcheck: false,
          devTools: false,
          safeDialogs: true,
        },
      });
      try {
        await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
        const margin = PAGE.marginMm / MM_PER_INCH;
        const pdf = await window.webContents.printToPDF({
          pageSize: PAGE.format,
          printBackground: true,
          preferCSSPageSize: true,
          margins: { top: margin, bottom: margin, left: margin, right: margin },
        });
        await writeFile(path, pdf, { mode: 0o600 });
      } finally {
        window.destroy();
      }
    },
  };
}
