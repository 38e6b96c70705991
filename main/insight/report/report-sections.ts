/**
 * The quarterly report's sections, in order. Each is a SectionBuilder: add one to
 * REPORT_SECTIONS (as the recommendations and their responses are, from their own
 * tables through `context.db`) and it is printed, listed in the contents and put in
 * the HTML copy. Every count goes through `disclosed`; every story-derived or
 * staff-typed string through `escapeHtml`.
 */
import { CENSUS_TABLES } from '../../../shared/insight/census';
import { DISCLOSURE_NOTE, disclosed, disclosedShare } from '../../../shared/insight/disclosure';
import type { ReachTopic } from '../../../shared/insight/reach-schemas';
import { SENTIMENT_KEYS, type SentimentCounts } from '../../../shared/insight/schemas';
import { escapeHtml } from '../../export/files/html';
import { recommendationsSection } from './recommendations-section';
import type { ReportContext, ReportSection, SectionBuilder } from './report-context';
import { REPORT_WORDS as W, filterText, groupName, periodText } from './report-words';

const n = (count: number) => escapeHtml(disclosed(count).text);
const figure = (svg: string, caption: string) => `<figure><figcaption>${escapeHtml(caption)}</figcaption>${svg}</figure>`;
const sentimentHeads = () => SENTIMENT_KEYS.map((key) => `<th scope="col">${escapeHtml(W.sentiment[key])}</th>`).join('');
const sentimentCells = (counts: SentimentCounts) => SENTIMENT_KEYS.map((key) => `<td>${n(counts[key])}</td>`).join('');

const cover: SectionBuilder = ({ request, organisation, madeOn }) => ({
  id: 'cover',
  title: request.title,
  html: `<div class="cover"><p class="org">${escapeHtml(organisation)}</p><h1>${escapeHtml(request.title)}</h1>
    <p class="period">${escapeHtml(periodText(request.period))}</p>
    <p>${escapeHtml(filterText(request.filter))}</p><p class="meta">Made on ${escapeHtml(madeOn)} with Verbatim, from the stories people told us.</p>
    <p class="notice">${escapeHtml(DISCLOSURE_NOTE)}</p></div>`,
});

const summary: SectionBuilder = ({ dashboard }) => {
  const top = dashboard.themes.slice(0, 3).map((theme) => `<li>${escapeHtml(theme.name)}: ${n(theme.total)} stories</li>`).join('');
  const rows = SENTIMENT_KEYS.map(
    (key) => `<tr><th scope="row">${escapeHtml(W.sentiment[key])}</th><td>${n(dashboard.sentiments[key])}</td><td>${escapeHtml(disclosedShare(dashboard.sentiments[key], dashboard.total).text)}</td></tr>`,
  ).join('');
  return {
    id: 'summary',
    title: 'Summary',
    html: `<p class="big"><span class="figure">${n(dashboard.total)}</span> stories heard in the period.</p>
      ${dashboard.total === 0 ? `<p>${escapeHtml(W.noStories)}</p>` : ''}
      <table><caption>Stories by how people felt overall</caption><thead><tr><th scope="col">Sentiment</th><th scope="col">Stories</th><th scope="col">Share</th></tr></thead><tbody>${rows}</tbody></table>
      ${top ? `<p>What people talked about most:</p><ol>${top}</ol>` : ''}`,
  };
};

const themes: SectionBuilder = ({ dashboard, charts }) => {
  if (dashboard.themes.length === 0) return { id: 'themes', title: W.themesTitle, html: `<p>${escapeHtml(W.noThemes)}</p>` };
  const rows = dashboard.themes.map((theme) => `<tr><th scope="row">${escapeHtml(theme.name)}</th><td>${n(theme.total)}</td>${sentimentCells(theme.sentiments)}</tr>`).join('');
  return {
    id: 'themes',
    title: W.themesTitle,
    html: `${figure(charts.themes, W.themesTitle)}<table><caption>${escapeHtml(W.themesTitle)}</caption><thead><tr><th scope="col">Theme</th><th scope="col">Stories</th>${sentimentHeads()}</tr></thead><tbody>${rows}</tbody></table>
      <p class="meta">A story tagged with several themes counts under each.</p>`,
  };
};

const trend: SectionBuilder = ({ dashboard, charts }) => {
  if (dashboard.trend.themes.length === 0) return null;
  const heads = dashboard.trend.buckets.map((bucket) => `<th scope="col">${escapeHtml(bucket)}</th>`).join('');
  const rows = dashboard.trend.themes.map((theme) => `<tr><th scope="row">${escapeHtml(theme.name)}</th>${theme.counts.map((count) => `<td>${n(count)}</td>`).join('')}</tr>`).join('');
  return {
    id: 'trend',
    title: W.trendTitle,
    html: `${figure(charts.trend, W.trendTitle)}<table><caption>${escapeHtml(W.trendTitle)}</caption><thead><tr><th scope="col">Theme</th>${heads}</tr></thead><tbody>${rows}</tbody></table>`,
  };
};

const services: SectionBuilder = ({ dashboard, charts }) => {
  if (dashboard.services.length === 0) return null;
  const rows = dashboard.services.map((service) => `<tr><th scope="row">${escapeHtml(service.name)}</th><td>${n(service.total)}</td></tr>`).join('');
  return {
    id: 'services',
    title: W.servicesTitle,
    html: `${figure(charts.services, W.servicesTitle)}<table><caption>${escapeHtml(W.servicesTitle)}</caption><thead><tr><th scope="col">Service</th><th scope="col">Stories</th></tr></thead><tbody>${rows}</tbody></table>`,
  };
};

const balance: SectionBuilder = ({ dashboard, charts }) => {
  if (dashboard.total === 0) return null;
  const rows = dashboard.balance.map((column) => `<tr><th scope="row">${escapeHtml(column.bucket)}</th><td>${n(column.total)}</td>${sentimentCells(column.sentiments)}</tr>`).join('');
  return {
    id: 'balance',
    title: W.balanceTitle,
    html: `${figure(charts.balance, W.balanceTitle)}<table><caption>${escapeHtml(W.balanceTitle)}</caption><thead><tr><th scope="col">Period</th><th scope="col">Stories</th>${sentimentHeads()}</tr></thead><tbody>${rows}</tbody></table>`,
  };
};

const words: SectionBuilder = ({ dashboard, quotes }) => {
  const parts = dashboard.themes
    .filter((theme) => (quotes.get(theme.codeId) ?? []).length > 0)
    .map(
      (theme) =>
        `<h3>${escapeHtml(theme.name)}</h3>${quotes
          .get(theme.codeId)!
          .map((quote) => `<blockquote><p>${escapeHtml(quote.text)}</p><footer>Heard ${escapeHtml(quote.heardMonth)}</footer></blockquote>`)
          .join('')}`,
    );
  return {
    id: 'words',
    title: 'In their words',
    html: `<p class="meta">Quotes chosen by our staff from people who agreed to be quoted. Names and other details that could identify someone are replaced, for example [PERSON 1].</p>
      ${parts.length ? parts.join('') : `<p>${escapeHtml(W.noQuotes)}</p>`}`,
  };
};

function reachTopic(topic: ReachTopic, chart: string | undefined): string {
  const title = escapeHtml(W.topic[topic.topic]);
  const apart = `<p>Prefer not to say: ${n(topic.preferNotToSay)}. Not asked or not answered: ${n(topic.notAsked)}. Both are left out of the shares.</p>`;
  if (!topic.available) {
    return `<h3>${title}</h3><p class="notice">No census table is shipped or imported for this area (${escapeHtml(CENSUS_TABLES[topic.table]!.code)} ${escapeHtml(CENSUS_TABLES[topic.table]!.title)}), so who we heard is not compared with the population. ${escapeHtml(W.unblock)}</p>${apart}`;
  }
  const rows = topic.groups
    .map(
      (group) =>
        `<tr><th scope="row">${escapeHtml(groupName(topic.topic, group.key))}</th><td>${n(group.heard)}</td><td>${escapeHtml(disclosedShare(group.heard, topic.answered).text)}</td><td>${(group.populationShare * 100).toFixed(1)}%</td></tr>`,
    )
    .join('');
  return `<h3>${title}</h3>${chart ? figure(chart, `${W.topic[topic.topic]}: heard and population`) : ''}
    <table><caption>${title}: who we heard beside the population</caption><thead><tr><th scope="col">Group</th><th scope="col">Heard</th><th scope="col">Share heard</th><th scope="col">Share of population</th></tr></thead><tbody>${rows}</tbody></table>
    ${apart}<p class="meta">Population: ${escapeHtml(topic.universe)}, ${topic.populationTotal.toLocaleString('en-GB')} (${escapeHtml(topic.source.dataset)}). ${escapeHtml(topic.source.publisher)}; ${escapeHtml(topic.source.licence)}</p>`;
}

const reach: SectionBuilder = ({ reach: r, charts }) => {
  if (!r) return null;
  return {
    id: 'reach',
    title: `Who we heard: ${r.areaName}`,
    html: `<p>${n(r.heardTotal)} stories heard, each counted as one person, beside the population of ${escapeHtml(r.areaName)} in Census 2021.</p>${r.topics.map((topic) => reachTopic(topic, charts.reach[topic.topic])).join('')}`,
  };
};

const about: SectionBuilder = () => ({
  id: 'about',
  title: 'About these figures',
  html: `<p>${escapeHtml(DISCLOSURE_NOTE)}</p><p>Stories are counted by the month they were heard. Themes come from our codebook; a theme counts the stories tagged with it or with any of its sub-themes. Sentiment is the overall feeling our staff recorded for each story.</p>
    <p>Census figures: Source: Office for National Statistics licensed under the Open Government Licence v.3.0.</p>`,
});

/** The report's sections in order: add a builder here to add a section. */
export const REPORT_SECTIONS: readonly SectionBuilder[] = [cover, summary, themes, trend, services, balance, words, reach, recommendationsSection, about];

export function buildSections(context: ReportContext, sections: readonly SectionBuilder[] = REPORT_SECTIONS): ReportSection[] {
  return sections.map((build) => build(context)).filter((section): section is ReportSection => section !== null);
}
