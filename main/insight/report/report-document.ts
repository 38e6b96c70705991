/**
 * The report as one self-contained HTML document: inline styles, the charts as
 * inline SVG, no scripts, a policy that forbids loading anything, print styles for
 * A4. The PDF is this page printed; the HTML copy is this page as it stands.
 */
import { escapeHtml } from '../../export/files/html';
import type { ReportSection } from './report-context';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
@page{size:A4;margin:16mm}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:11pt;line-height:1.45;color:#1b1b1b;background:#fff;margin:0 auto;max-width:48rem;padding:0 1rem}
h1{font-size:24pt;margin:0 0 .5rem}h2{font-size:16pt;margin:1.5rem 0 .5rem;border-top:1px solid #bbb;padding-top:.75rem}h3{font-size:12.5pt;margin:1rem 0 .25rem}
section{break-inside:auto}section.page{break-before:page}
.cover{min-height:70vh;display:flex;flex-direction:column;justify-content:center}.cover .org{font-size:14pt;color:#444;margin:0}.cover .period{font-size:14pt}
table{border-collapse:collapse;margin:.5rem 0 1rem;break-inside:avoid}caption{text-align:left;font-weight:bold;padding:.25rem 0}
th,td{border:1px solid #888;padding:.2rem .45rem;text-align:left;vertical-align:top}td{font-variant-numeric:tabular-nums;text-align:right}
figure{margin:.75rem 0;break-inside:avoid}figcaption{font-weight:bold;margin-bottom:.25rem}figure svg{max-width:100%;height:auto}
blockquote{margin:0 0 .75rem;padding:.4rem .9rem;border-left:4px solid #0b5cad;background:#f3f3f3;break-inside:avoid}
blockquote p{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}blockquote footer{color:#444;font-size:9.5pt}
.meta{color:#444;font-size:9.5pt}.notice{border:2px solid #1b1b1b;padding:.4rem .8rem}.big{font-size:14pt}.figure{font-size:22pt;font-weight:bold}
nav ol{padding-left:1.2rem}
h2,h3,figcaption{break-after:avoid}
`;

export function reportDocument(title: string, sections: readonly ReportSection[]): string {
  const contents = sections
    .filter((section) => section.id !== 'cover')
    .map((section) => `<li>${escapeHtml(section.title)}</li>`)
    .join('');
  const body = sections
    .map((section, index) => {
      if (section.id === 'cover') return `<section id="cover">${section.html}<nav aria-label="Contents"><h2>Contents</h2><ol>${contents}</ol></nav></section>`;
      const page = index === 1 ? ' class="page"' : '';
      return `<section id="${escapeHtml(section.id)}"${page}><h2>${escapeHtml(section.title)}</h2>${section.html}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
${body}
</main></body></html>
`;
}
