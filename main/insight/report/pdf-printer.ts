/**
 * Turning the report's HTML into a PDF. The work that builds the report runs in the
 * database worker, where no browser is: it hands the HTML to whoever started the
 * worker. The desktop shell prints with Electron (a hidden, sandboxed window that
 * loads nothing but the HTML); the web harness and the tests with Chromium.
 */
export interface PdfPrinter {
  /** Prints `html` (self-contained: no scripts, nothing fetched) to the PDF file `path`. */
  print(html: string, path: string): Promise<void>;
}

/** A4 with room for a running footer, as both printers are asked. */
export const PAGE = { format: 'A4', marginMm: 16 } as const;

/** The number of pages in a PDF file's bytes (the page objects it holds). */
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
