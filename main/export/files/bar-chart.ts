/**
 * A horizontal bar chart as inline SVG, with the same figures in a table beside it
 * (the text alternative screen readers and printouts use). No scripts. Bars for
 * counts hidden by the small-number rule are not drawn: their length would tell.
 */
import { escapeHtml } from './html';

export interface Bar {
  label: string;
  count: number;
  shown: string;
}

const ROW = 28;
const LABEL_WIDTH = 260;
const BAR_WIDTH = 320;

export function barChart(id: string, title: string, bars: readonly Bar[], columnLabel: string): string {
  if (bars.length === 0) return `<p>${escapeHtml(title)}: none recorded for these stories.</p>`;
  const visible = bars.map((bar) => ({ ...bar, drawn: /^\d+$/.test(bar.shown) ? Number(bar.shown) : 0 }));
  const max = Math.max(1, ...visible.map((b) => b.drawn));
  const height = ROW * visible.length + 8;
  const rows = visible
    .map((bar, i) => {
      const y = i * ROW + 4;
      const width = Math.round((bar.drawn / max) * BAR_WIDTH);
      return `<text x="${LABEL_WIDTH - 8}" y="${y + 18}" text-anchor="end">${escapeHtml(bar.label)}</text><rect x="${LABEL_WIDTH}" y="${y + 4}" width="${width}" height="18" rx="2"></rect><text x="${LABEL_WIDTH + width + 6}" y="${y + 18}">${escapeHtml(bar.shown)}</text>`;
    })
    .join('');
  const table = visible.map((bar) => `<tr><th scope="row">${escapeHtml(bar.label)}</th><td>${escapeHtml(bar.shown)}</td></tr>`).join('');
  return `<figure aria-labelledby="${id}-caption">
<figcaption id="${id}-caption">${escapeHtml(title)}</figcaption>
<svg viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}" role="img" aria-labelledby="${id}-title" class="chart"><title id="${id}-title">${escapeHtml(title)}: the figures are in the table that follows.</title>${rows}</svg>
<table><caption class="visually-hidden">${escapeHtml(title)}</caption><thead><tr><th scope="col">${escapeHtml(columnLabel)}</th><th scope="col">Stories</th></tr></thead><tbody>${table}</tbody></table>
</figure>`;
}
