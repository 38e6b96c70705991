/**
 * Insight benchmark (issue 12) over the N-story benchmark store: the upgrade to
 * schema 14 (filling the kept counts), the dashboard for a year (first answer, then
 * p50/p95 over repeats, with each kind of filter and the one read from the stories),
 * the cost of the kept counts on a save (p99, durable) and on tagging, Reach for a
 * year, and the quarterly report (PDF printed by Chromium) for a quarter's stories.
 * Run: node tests/bench/insight.bench.mjs --rows 1000000 --dir /work/bench-insight --reuse --measure-only
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createJobContext } from '../../main/jobs/job-context';
import { chromiumPdfPrinter } from '../../main/web/chromium-printer';
import type { DashboardRequest, InsightFilter } from '../../shared/insight/schemas';
import { openBenchStore } from './fill-store';
import { makeRandom } from './story-text';
import { report, summarise } from './stats';

function time<T>(work: () => T): [number, T] {
  const start = performance.now();
  const value = work();
  return [performance.now() - start, value];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      dir: { type: 'string', default: '.tmp/bench' },
      reuse: { type: 'boolean', default: false },
      'measure-only': { type: 'boolean', default: false },
      /** 'saves': only the A/B of saves with and without the Insight triggers; 'read': only the dashboard read from the stories. */
      part: { type: 'string', default: 'all' },
    },
  });
  const opened = performance.now();
  const { services, next } = await openBenchStore(values.dir, Number(values.rows), {
    reuse: values.reuse,
    measureOnly: values['measure-only'],
    checkpointWhenIdle: true,
    printer: chromiumPdfPrinter(),
  });
  const db = services.store.requireDb();
  const stories = services.store.counts().stories ?? 0;
  report('insight.open', { stories, schema: db.pragma('user_version', { simple: true }), seconds: Math.round((performance.now() - opened) / 1000), note: 'unlock, and the upgrade to schema 14 when the store was older (its backup included)' });
  report('insight.kept-rows', {
    insight_counts: db.prepare('SELECT count(*) FROM insight_counts').pluck().get(),
    insight_service_counts: db.prepare('SELECT count(*) FROM insight_service_counts').pluck().get(),
    insight_service_type_counts: db.prepare('SELECT count(*) FROM insight_service_type_counts').pluck().get(),
  });

  // Themes and sentiment on stories that have none (the workbench benchmark leaves them on most), untimed.
  const untagged = db.prepare('SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_tags t WHERE t.story_id = s.id)').pluck().get() as number;
  if (untagged > 0) {
    const codes = services.codebook.list(false).filter((c) => c.parentId !== null);
    const random = makeRandom(7);
    const sentiments = ['positive', 'negative', 'neutral', 'mixed'];
    const admin = services.users.signedIn!.id;
    const started = performance.now();
    const rows = db.prepare('SELECT seq, id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_tags t WHERE t.story_id = s.id)').all() as Array<{ seq: number; id: string }>;
    const tag = db.prepare("INSERT OR IGNORE INTO story_tags (story_id, code_id, sentiment, tagged_by, tagged_at) VALUES (?, ?, ?, ?, '2026-11-01')");
    const mark = db.prepare('UPDATE stories SET sentiment = ? WHERE seq = ?');
    for (let at = 0; at < rows.length; at += 20_000) {
      db.transaction(() => {
        for (const row of rows.slice(at, at + 20_000)) {
          tag.run(row.id, codes[Math.floor(random() ** 1.5 * codes.length)]!.id, null, admin);
          if (random() < 0.8) mark.run(sentiments[Math.floor(random() * 4)], row.seq);
        }
      })();
    }
    report('insight.setup.tags', { stories: untagged, seconds: Math.round((performance.now() - started) / 1000), note: 'through the triggers' });
  }

  const year = (filter: InsightFilter = {}): DashboardRequest => ({ period: { from: '2025-01', to: '2025-12' }, granularity: 'month', filter });
  const service = services.register.list(false)[0]!;
  const event = db.prepare("SELECT event_id FROM stories WHERE event_id IS NOT NULL AND heard_on LIKE '2025-%' LIMIT 1").pluck().get() as string;
  const cases: Array<[string, DashboardRequest]> = [
    ['year', year()],
    ['year.quarterly', { ...year(), granularity: 'quarter' }],
    ['year.channel', year({ channel: 'phone' })],
    ['year.event', year({ eventId: event })],
    ['year.service', year({ serviceId: service.id })],
    ['year.service-type', year({ serviceType: service.type })],
    ['year.service-type-and-channel', year({ serviceType: service.type, channel: 'phone' })],
  ];
  for (const [name, request] of values.part === 'all' ? cases : []) {
    const [first, dashboard] = time(() => services.dashboard.dashboard(request));
    const samples: number[] = [];
    for (let i = 0; i < 40; i++) samples.push(time(() => services.dashboard.dashboard(request))[0]);
    report(`insight.dashboard.${name}`, { stories: dashboard.total, themes: dashboard.themes.length, source: dashboard.source, firstMs: Math.round(first), ...summarise(samples) });
  }
  // The one combination read from the stories (a service and a type at once), for comparison.
  if (values.part !== 'saves') {
    const [readMs, read] = time(() => services.dashboard.dashboard(year({ serviceId: service.id, serviceType: service.type })));
    report('insight.dashboard.year.read-from-stories', { stories: read.total, source: read.source, ms: Math.round(readMs) });
    if (values.part === 'read') {
      services.store.lock();
      return;
    }
  }

  // What the kept counts cost a save (durable, its own transaction), with the WAL checkpointed in
  // the pause between, as the app does: blocks of 50 saves with the Insight triggers and 50 with
  // them taken away (and put back), in turn, so both see the same load on this shared machine.
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'insight_%'").all() as Array<{ name: string; sql: string }>;
  services.store.checkpoint();
  const withTriggers: number[] = [];
  const without: number[] = [];
  const saved: string[] = [];
  for (let block = 0; block < 10; block++) {
    const on = block % 2 === 0;
    if (!on) db.transaction(() => triggers.forEach((t) => db.exec(`DROP TRIGGER ${t.name}`)))();
    for (let i = 0; i < 50; i++) {
      const input = next();
      const start = performance.now();
      const id = services.stories.save(input).id;
      (on ? withTriggers : without).push(performance.now() - start);
      if (on) saved.push(id);
      services.store.checkpoint();
    }
    if (!on) db.transaction(() => triggers.forEach((t) => db.exec(t.sql)))();
  }
  report('insight.save-story', { withStoriesStored: stories, withInsightTriggers: summarise(withTriggers), withoutInsightTriggers: summarise(without), note: 'A/B in blocks of 50; the stories saved without the triggers are then missing from the kept counts of this benchmark copy' });
  if (values.part === 'saves') {
    services.store.lock();
    return;
  }
  const theme = services.codebook.list(false).find((c) => c.parentId !== null)!;
  const tags: number[] = [];
  for (const id of saved.slice(0, 300)) {
    const start = performance.now();
    services.tags.tag(id, theme.id, null, null);
    tags.push(performance.now() - start);
    services.store.checkpoint();
  }
  report('insight.tag-story', { ...summarise(tags) });
  const sentiments: number[] = [];
  for (const id of saved.slice(0, 300)) {
    const start = performance.now();
    services.tags.setOverallSentiment(id, 'negative');
    sentiments.push(performance.now() - start);
    services.store.checkpoint();
  }
  report('insight.set-sentiment', { ...summarise(sentiments) });

  const [reachMs, reach] = time(() => services.reach.reach({ areaCode: 'E09000033', period: { from: '2025-01', to: '2025-12' }, filter: {} }));
  report('insight.reach.year', { stories: reach.heardTotal, ms: Math.round(reachMs) });

  for (const [name, filter] of [
    ['quarter', {}],
    ['quarter.phone', { channel: 'phone' }],
  ] as const) {
    const path = join(values.dir, `bench-report-${name}-${Date.now()}.pdf`);
    const request = { period: { from: '2025-01', to: '2025-03' }, filter, areaCode: 'E09000033', title: 'Benchmark quarterly report' };
    const user = services.quarterlyReports.prepare(request, path);
    const phases: Record<string, number> = {};
    let phaseStart = performance.now();
    let phase = 'starting';
    const context = createJobContext((_done, _total, next) => {
      if (next !== phase) {
        phases[phase] = Math.round(performance.now() - phaseStart);
        phase = next;
        phaseStart = performance.now();
      }
    });
    const start = performance.now();
    const result = await services.quarterlyReports.build(request, path, context, user);
    phases[phase] = Math.round(performance.now() - phaseStart);
    const dashboard = services.dashboard.dashboard({ period: request.period, granularity: 'month', filter });
    report(`insight.report.${name}`, { stories: dashboard.total, seconds: Math.round((performance.now() - start) / 100) / 10, pages: result.pages, kilobytes: Math.round(statSync(path).size / 1024), phasesMs: phases });
    rmSync(path, { force: true });
    rmSync(result.htmlPath, { force: true });
  }
  services.store.lock();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
