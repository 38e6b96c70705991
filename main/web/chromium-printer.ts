/**
 * The web harness's (and the tests') PDF printer: Debian's Chromium driven by
 * playwright-core, as the end-to-end tests drive it. The page gets the HTML as its
 * content, every request it would make is refused, and scripts are off. Never part
 * of the desktop app, which prints with Electron (main/shell/pdf-printer.ts).
 */
import type { chromium as Chromium } from 'playwright-core';
import { PAGE, type PdfPrinter } from '../insight/report/pdf-printer';

const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export function chromiumPdfPrinter(executablePath = process.env.VERBATIM_CHROMIUM ?? '/usr/bin/chromium'): PdfPrinter {
  return {
    async print(html, path) {
      // Loaded only when a report is printed: the harness starts without it.
      const { chromium } = (await import('playwright-core')) as { chromium: typeof Chromium };
      const browser = await chromium.launch({ executablePath, args: ARGS });
      try {
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const margin = `${PAGE.marginMm}mm`;
        await page.pdf({ path, format: PAGE.format, printBackground: true, margin: { top: margin, bottom: margin, left: margin, right: margin }, preferCSSPageSize: true });
      } finally {
        await browser.close();
      }
    },
  };
}
