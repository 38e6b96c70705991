import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/core/services';
import { createJobContext } from '../../../main/jobs/job-context';
import { chromiumPdfPrinter } from '../../../main/web/chromium-printer';
import type { ReportRequest } from '../../../shared/insight/schemas';
import { ADMIN_PIN } from '../../helpers/capture';
import { fixedClock } from '../../helpers/clock';
import { ORGANISATION, PASSPHRASE, tempFolder } from '../../helpers/temp-store';
import { approvedStory } from '../export/export-fixture';

const WESTMINSTER = 'E09000033';

/** Words as pdftotext gives them back: a table cell may wrap anywhere between them. */
const saying = (words: string) => new RegExp(words.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));

async function storeWithReport(today = '2025-06-30') {
  const dbPath = join(tempFolder(), 'verbatim.db');
  const s = createServices(dbPath, { printer: chromiumPdfPrinter(), clock: fixedClock(today) });
  await s.store.create(ORGANISATION, PASSPHRASE);
  await s.users.createFirst('Ada Admin', ADMIN_PIN);
  const gp = s.register.create({ name: 'Hill Surgery', type: 'gp', odsCode: null, cqcLocationId: null });
  const waiting = s.codebook.list(false).find((code) => code.name === 'Waiting times')!;
  const ids: string[] = [];
  for (let i = 0; i < 23; i++) {
    const id = approvedStory(s, {
      text: i === 0 ? 'Dr Okafor at Hill Surgery was kind but I waited three weeks for a call back.' : `Story ${i}: I waited a long time.`,
      heardOn: `2025-0${1 + (i % 3)}-1${i % 9}`,
      serviceIds: [gp.id],
      equality: i % 2 ? { ageBand: '35-44', sex: 'female', ethnicity: 'asian-bangladeshi', disability: 'no', firstLanguage: 'Bengali' } : i % 5 ? { sex: 'prefer-not-to-say' } : {},
    });
    s.tags.tag(id, waiting.id, null, null);
    s.tags.setOverallSentiment(id, i % 4 ? 'negative' : 'positive');
    ids.push(id);
  }
  return { s, dbPath, waiting, ids, folder: join(dbPath, '..') };
}

const request = (over: Partial<ReportRequest> = {}): ReportRequest => ({ period: { from: '2025-01', to: '2025-03' }, filter: {}, areaCode: WESTMINSTER, title: 'Quarterly report: January to March 2025', ...over });

describe('the quarterly report', () => {
  it('is a PDF with a cover, the figures after disclosure control, the charts, the quotes staff chose and reach against the census', async () => {
    const { s, waiting, ids, folder } = await storeWithReport();
    const candidates = s.quotes.candidates(waiting.id, request().period);
    expect(candidates.length).toBeGreaterThan(0);
    const quoted = candidates.find((c) => c.storyId === ids[0])!;
    // The anonymised words, never the original name.
    expect(quoted.text).not.toContain('Okafor');
    s.quotes.add(waiting.id, ids[0]!);
    const path = join(folder, 'report.pdf');
    const user = s.quarterlyReports.prepare(request(), path);
    const result = await s.quarterlyReports.build(request(), path, createJobContext(), user);
    expect(result.pages).toBeGreaterThanOrEqual(3);
    expect(existsSync(result.htmlPath)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Quarterly report: January to March\s+2025/);
    expect(text).toContain(ORGANISATION);
    // 23 stories: rounded to 25; the 6 positive are fewer than 8, so hidden.
    expect(text).toMatch(/25\s+stories heard in the period/);
    expect(text).toMatch(/Positive\s+\*/);
    expect(text).toContain('Waiting times');
    expect(text).not.toContain('Okafor');
    expect(text).toContain('Westminster');
    expect(text).toContain('Bangladeshi');
    expect(text).toContain('Open Government Licence');
    // Westminster has TS021 shipped: its share of Bangladeshi residents is printed (7533 of 204236).
    expect(text).toContain('3.7%');
    const pages = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(pages).toMatch(new RegExp(`Pages:\\s+${result.pages}\\n`));
    if (process.env.VERBATIM_KEEP_REPORT) execFileSync('cp', [path, result.htmlPath, process.env.VERBATIM_KEEP_REPORT]);
    const html = readFileSync(result.htmlPath, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
    expect(s.store.requireDb().prepare("SELECT count(*) FROM audit_log WHERE action = 'insight.report'").pluck().get()).toBe(1);
  }, 120_000);

  it('accounts for the recommendations sent, answered or still open in the period, each answer in the organisation\'s own words', async () => {
    const { s, folder, ids } = await storeWithReport('2025-04-10');
    const gp = s.register.list(false).find((service) => service.name === 'Hill Surgery')!;
    const trust = s.stakeholders.create({ name: 'North Central ICB', kind: 'icb', contacts: [] });
    const report = s.reports.create({ title: 'Getting through to the surgery', publishedOn: '2025-01-20', serviceIds: [gp.id], visitId: null });
    const recommend = (title: string) => {
      const made = s.recommendations.create({ reportId: report.id, stakeholderId: trust.id, title, body: `${title}.`, serviceIds: [gp.id] });
      s.evidence.linkStories(made.id, ids.slice(0, 3));
      return made.id;
    };
    const answered = recommend('Call people back the same day');
    const open = recommend('Publish the waiting time for a call back');
    recommend('A draft never sent');
    s.recommendations.send(answered, '2025-02-03');
    s.recommendations.send(open, '2025-03-03');
    const words = '  We accept this in part:\nthe phones will be staffed from 8am.  ';
    s.recommendations.respond({ id: answered, decision: 'partly-accepted', words, receivedOn: '2025-03-20' });
    const path = join(folder, 'with-recommendations.pdf');
    const result = await s.quarterlyReports.build(request(), path, createJobContext(), s.quarterlyReports.prepare(request(), path));
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Recommendations and responses');
    expect(text).toMatch(saying('Call people back the same day'));
    expect(text).toMatch(saying('Publish the waiting time for a call back'));
    expect(text).not.toMatch(saying('A draft never sent'));
    if (process.env.VERBATIM_KEEP_REPORT) execFileSync('cp', [path, result.htmlPath, process.env.VERBATIM_KEEP_REPORT]);
    // Table cells wrap and interleave in the PDF's text; the HTML copy has the same content whole.
    const html = readFileSync(result.htmlPath, 'utf8');
    expect(html).toContain('<td>Partly accepted, 20 March 2025 (late)</td>');
    // Due on the 20th working day after 3 March 2025: 31 March, passed by 10 April with no answer.
    expect(html).toContain('<td>31 March 2025</td><td>None yet: overdue</td>');
    // The organisation's words exactly, spaces and line break included.
    expect(html).toContain(`<blockquote><p>${words}</p></blockquote>`);
    expect(html).not.toContain('A draft never sent');
  }, 120_000);

  it('says which census tables are missing for an area Verbatim ships only ages for', async () => {
    const { s, folder } = await storeWithReport();
    const path = join(folder, 'manchester.pdf');
    const r = request({ areaCode: 'E08000003' });
    const result = await s.quarterlyReports.build(r, path, createJobContext(), s.quarterlyReports.prepare(r, path));
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Manchester');
    expect(text).toContain('No census table is shipped or imported for this area');
    expect(result.pages).toBeGreaterThan(0);
  }, 120_000);

  it('leaves no file, whole or half written, when cancelled', async () => {
    const { s, folder } = await storeWithReport();
    const path = join(folder, 'cancelled.pdf');
    const user = s.quarterlyReports.prepare(request(), path);
    const context = createJobContext((_done, _total, phase) => {
      if (phase === 'printing') context.cancel();
    });
    await expect(s.quarterlyReports.build(request(), path, context, user)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(folder).filter((name) => name.startsWith('cancelled'))).toEqual([]);
  }, 120_000);

  it('refuses a file that exists and an area with no census tables before starting', async () => {
    const { s, folder } = await storeWithReport();
    const path = join(folder, 'verbatim.db');
    expect(() => s.quarterlyReports.prepare(request(), path)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => s.quarterlyReports.prepare(request({ areaCode: 'E99999999' }), join(folder, 'x.pdf'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  }, 60_000);
});
