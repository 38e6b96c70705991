/**
 * report.html: one self-contained page a stakeholder opens in any browser, offline.
 * Inline styles, inline SVG charts with tables beside them, no scripts, a CSP that
 * forbids anything else, and every story-derived string escaped.
 */
import type { ExportedStory, LeftOut } from '../../../shared/export/schemas';
import { LEFT_OUT_REASONS } from '../../../shared/export/schemas';
import { actionPlanSection } from './action-plan';
import { barChart, type Bar } from './bar-chart';
import { LEFT_OUT_TEXT, periodText, profileRules, type BundleMeta } from './bundle-meta';
import { escapeHtml } from './html';
import { standalonePage } from './report-style';
import { smallNumberShown, type SummaryRow } from './summary';

/** Quotes shown in the report; every story is in stories.json and stories.csv. */
export const REPORT_QUOTES = 50;


const list = (items: readonly string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;

function leftOutTable(leftOut: LeftOut): string {
  const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  const rows = LEFT_OUT_REASONS.map((r) => `<tr><th scope="row">${escapeHtml(sentence(LEFT_OUT_TEXT[r]))}</th><td>${leftOut[r]}</td></tr>`).join('');
  return `<table><caption>Stories left out, each counted once under the first reason that applies</caption><thead><tr><th scope="col">Reason</th><th scope="col">Stories</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function themeTotals(stories: readonly ExportedStory[], meta: BundleMeta): Bar[] {
  const counts = new Map<string, Set<string>>();
  for (const story of stories) {
    for (const t of story.themes) {
      const name = t.parent ? `${t.parent} > ${t.theme}` : t.theme;
      const members = counts.get(name) ?? new Set<string>();
      members.add(story.id);
      counts.set(name, members);
    }
  }
  return [...counts]
    .map(([label, ids]) => ({ label, count: ids.size, shown: smallNumberShown(ids.size, meta.profile) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'))
    .slice(0, 20);
}

function themeSentimentTable(rows: readonly SummaryRow[]): string {
  const themeRows = rows.filter((r) => r.table === 'theme');
  if (themeRows.length === 0) return '';
  const body = themeRows.map((r) => `<tr><th scope="row">${escapeHtml(r.group)}</th><td>${escapeHtml(r.sentiment)}</td><td>${escapeHtml(r.shown)}</td></tr>`).join('');
  return `<table><caption>Stories by theme and sentiment</caption><thead><tr><th scope="col">Theme</th><th scope="col">Sentiment</th><th scope="col">Stories</th></tr></thead><tbody>${body}</tbody></table>`;
}

function quotes(stories: readonly ExportedStory[]): string {
  const quoted = stories.filter((s) => s.text !== null).slice(0, REPORT_QUOTES);
  if (quoted.length === 0) return '<p>No quotes are included in this bundle.</p>';
  return quoted
    .map((s) => {
      const about = [s.month, ...(s.serviceNames ?? s.serviceTypes ?? [])].join(', ');
      return `<h3>Story ${escapeHtml(s.id)} <span class="meta">(${escapeHtml(about)})</span></h3><blockquote>${escapeHtml(s.text!)}</blockquote>`;
    })
    .join('\n');
}

export function reportHtml(stories: readonly ExportedStory[], summary: readonly SummaryRow[], meta: BundleMeta): string {
  const services: Bar[] = summary.filter((r) => r.table === 'service type').map((r) => ({ label: r.group, count: r.count, shown: r.shown }));
  const sentiments: Bar[] = summary.filter((r) => r.table === 'sentiment').map((r) => ({ label: r.sentiment, count: r.count, shown: r.shown }));
  const election = meta.election
    ? `<div class="notice"><h2>Made during a pre-election period</h2><p>This bundle was made during the pre-election period "${escapeHtml(meta.election.period.name)}" (${escapeHtml(meta.election.period.noticeDate)} to ${escapeHtml(meta.election.period.pollingDay)}). Healthwatch is politically neutral; before it left, ${escapeHtml(meta.election.confirmation.confirmedBy)} confirmed:</p>${list(meta.election.confirmation.itemTexts)}<p>Approved by ${escapeHtml(meta.election.confirmation.approvedBy)}.</p></div>`
    : '';
  return standalonePage(`What people told ${meta.organisation}: intelligence for ${meta.recipient}`, `<header>
<h1>What people told ${escapeHtml(meta.organisation)}</h1>
<p class="meta">For ${escapeHtml(meta.recipient)} (${escapeHtml(meta.profile.displayName)} profile). Stories heard: ${escapeHtml(periodText(meta))}. Made ${escapeHtml(meta.createdAt.slice(0, 10))}.</p>
</header>
<main>
${election}
<h2>About these stories</h2>
<p>This bundle holds ${meta.included} stories that members of the public told us about health and care services, in their own words where they agreed to be quoted. They are evidence of experience, not findings of an inspection. Names and other details that could identify a person have been replaced by placeholders such as [PERSON 1], and a member of staff checked every story before it left.</p>
<p>${meta.matched} stories matched the dates and filters; ${meta.included} are included.</p>
${leftOutTable(meta.leftOut)}
<p>Of the stories included, ${meta.textWithheld.noConsentToQuote} go out without their words because the person did not agree to be quoted${meta.textWithheld.profileExcludesQuotes ? `, and ${meta.textWithheld.profileExcludesQuotes} because this profile sends no quotes` : ''}; their themes and sentiment are included.</p>
<h2>What this profile lets out</h2>
${list(profileRules(meta.profile))}
${meta.generalised.length ? `<p>To keep every group of details shared by at least ${meta.profile.k} stories, these were widened: ${escapeHtml(meta.generalised.join('; '))}.</p>` : ''}
<h2>Themes</h2>
${barChart('themes', 'Stories by theme (the 20 most common)', themeTotals(stories, meta), 'Theme')}
${themeSentimentTable(summary)}
<h2>Services</h2>
${barChart('services', 'Stories by type of service', services, 'Type of service')}
<h2>Sentiment</h2>
${barChart('sentiment', 'Stories by overall sentiment', sentiments, 'Sentiment')}
${meta.actionPlan ? actionPlanSection(meta.actionPlan, stories) : ''}
<h2>In their words</h2>
<p>Up to ${REPORT_QUOTES} stories are shown here; stories.json and stories.csv hold all ${meta.included}.</p>
${quotes(stories)}
</main>`);
}
