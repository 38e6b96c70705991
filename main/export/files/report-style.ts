import { escapeHtml } from './html';

/**
 * The look of the self-contained pages Verbatim writes for people without Verbatim
 * (an intelligence bundle's report.html, the published register of interests, the
 * advisory board pack): inline, since their CSP allows nothing else.
 */
export const REPORT_STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#fff;max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem}h2{font-size:1.35rem;margin-top:2rem;border-top:1px solid #bbb;padding-top:1rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #888;padding:.25rem .5rem;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}figure{margin:1rem 0}figcaption{font-weight:bold}
svg.chart{width:100%;max-width:40rem;height:auto;font-size:14px}svg.chart rect{fill:#005ea5}svg.chart text{fill:#1b1b1b}
dl{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
blockquote{margin:0 0 1rem;padding:.5rem 1rem;border-left:4px solid #005ea5;background:#f3f3f3;white-space:pre-wrap;overflow-wrap:anywhere}
.meta{color:#444}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.notice{border:2px solid #1b1b1b;padding:.5rem 1rem}
`;

/** The content security policy of those pages: no scripts, nothing fetched, styles inline. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A whole page: English, the CSP above, the inline style, `title` (escaped here) and `body` (already HTML). */
export const standalonePage = (title: string, body: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
