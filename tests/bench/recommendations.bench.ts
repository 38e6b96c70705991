/**
 * Recommendations benchmark (issue 11): the Due list, the action plan (first page,
 * filtered, the next page), the top bar's count and a recommendation's detail, with
 * 5,000 recommendations linked to 50,000 stories (ten each), 500 agreed issues and
 * 200 CQC findings, timed through the services (p50/p95 of 50 rounds after one untimed, wall clock and CPU).
 * Run: npx tsx tests/bench/recommendations.bench.ts [--rows 50000] [--recommendations 5000] [--dir .tmp/bench] [--reuse]
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { addCalendarDays } from '../../shared/recommendations/working-days';
import { localToday } from '../../main/users/user-service';
import { openBenchStore } from './fill-store';
import { report, summarise } from './stats';

const ROUNDS = 50;

/** Wall-clock ms and the CPU ms this process spent (on a shared machine, wall time also counts waiting for the other processes). */
function time(work: () => unknown): [number, number] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const spent = process.cpuUsage(cpu);
  return [performance.now() - start, (spent.user + spent.system) / 1000];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rows: { type: 'string', default: '50000' }, recommendations: { type: 'string', default: '5000' }, dir: { type: 'string', default: '.tmp/bench' }, reuse: { type: 'boolean', default: false } },
  });
  const rows = Number(values.rows);
  const count = Number(values.recommendations);
  const { services } = await openBenchStore(values.dir, rows, { reuse: values.reuse });
  const db = services.store.requireDb();
  const admin = services.users.signedIn!;
  const today = localToday();

  // The plan as a few years of work would leave it (untimed; written straight into the tables).
  if ((db.prepare('SELECT count(*) FROM recommendations').pluck().get() as number) < count) {
    const started = performance.now();
    const storyIds = db.prepare('SELECT id FROM stories ORDER BY seq LIMIT ?').pluck().all(count * 10) as string[];
    const serviceIds = services.register.list(false).map((s) => s.id);
    const stakeholders = Array.from({ length: 20 }, (_, i) => services.stakeholders.create({ name: `Bench organisation ${i + 1}`, kind: 'nhs-trust', contacts: [] }).id);
    const now = new Date().toISOString();
    db.transaction(() => {
      const report = db.prepare('INSERT INTO reports (id, title, published_on, created_by, created_at) VALUES (?, ?, ?, ?, ?)');
      const reportService = db.prepare('INSERT INTO report_services (report_id, service_id) VALUES (?, ?)');
      const rec = db.prepare(
        'INSERT INTO recommendations (id, report_id, stakeholder_id, title, body, status, sent_on, due_on, sent_by, next_review_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const recService = db.prepare('INSERT INTO recommendation_services (recommendation_id, service_id) VALUES (?, ?)');
      const link = db.prepare('INSERT INTO recommendation_stories (recommendation_id, story_id, linked_by, linked_at) VALUES (?, ?, ?, ?)');
      const response = db.prepare("INSERT INTO recommendation_responses (recommendation_id, decision, words, received_on, recorded_by, recorded_at) VALUES (?, 'accepted', 'We accept.', ?, ?, ?)");
      const update = db.prepare("INSERT INTO plan_updates (id, recommendation_id, status, note, updated_on, next_review_on, recorded_by, recorded_at) VALUES (?, ?, 'in-progress', 'Met.', ?, ?, ?, ?)");
      let reportId = '';
      for (let i = 0; i < count; i++) {
        if (i % 10 === 0) {
          reportId = randomUUID();
          report.run(reportId, `Report ${i / 10 + 1}`, addCalendarDays(today, -700 + (i % 700)), admin.id, now);
          reportService.run(reportId, serviceIds[i % serviceIds.length]);
        }
        const id = randomUUID();
        const sentOn = addCalendarDays(today, -(i % 730));
        const dueOn = addCalendarDays(sentOn, 28);
        // A quarter still awaiting their response (some overdue), the rest responded and followed with reviews.
        const awaiting = i % 4 === 0;
        const status = i % 50 === 49 ? 'draft' : awaiting ? 'awaiting-response' : (['responded', 'in-progress', 'done', 'not-done'] as const)[i % 4];
        const sent = status !== 'draft';
        const review = !sent || awaiting || status === 'done' ? null : addCalendarDays(today, (i % 120) - 30);
        rec.run(id, reportId, stakeholders[i % stakeholders.length], `Recommendation ${i + 1}`, 'Do better.', status, sent ? sentOn : null, sent ? dueOn : null, sent ? admin.id : null, review, admin.id, now);
        recService.run(id, serviceIds[i % serviceIds.length]);
        for (let s = 0; s < 10; s++) link.run(id, storyIds[i * 10 + s], admin.id, now);
        if (sent && !awaiting) {
          response.run(id, addCalendarDays(sentOn, 20), admin.id, now);
          if (status !== 'responded') update.run(randomUUID(), id, addCalendarDays(sentOn, 60), review, admin.id, now);
        }
      }
      const issue = db.prepare("INSERT INTO agreed_issues (id, stakeholder_id, service_id, title, description, agreed_on, status, next_review_on, created_by, created_at) VALUES (?, ?, ?, ?, '', ?, 'in-progress', ?, ?, ?)");
      for (let i = 0; i < 500; i++) issue.run(randomUUID(), stakeholders[i % 20], serviceIds[i % serviceIds.length], `Issue ${i + 1}`, addCalendarDays(today, -i), addCalendarDays(today, (i % 90) - 20), admin.id, now);
      const finding = db.prepare(
        "INSERT INTO cqc_findings (id, service_id, stakeholder_id, published_on, ratings, summary, link, status, next_review_on, created_by, created_at) VALUES (?, ?, ?, ?, '{}', 'Summary.', NULL, 'not-started', ?, ?, ?)",
      );
      for (let i = 0; i < 200; i++) finding.run(randomUUID(), serviceIds[i % serviceIds.length], stakeholders[i % 20], addCalendarDays(today, -i * 3), addCalendarDays(today, (i % 60) - 10), admin.id, now);
    })();
    db.pragma('optimize=0x10002');
    report('recommendations.setup', { recommendations: count, linkedStories: count * 10, seconds: Math.round((performance.now() - started) / 1000) });
  }

  const stakeholder = db.prepare('SELECT id FROM stakeholders ORDER BY name LIMIT 1').pluck().get() as string;
  const service = db.prepare('SELECT service_id FROM recommendation_services LIMIT 1').pluck().get() as string;
  const sample = db.prepare("SELECT id FROM recommendations WHERE status != 'draft' ORDER BY id LIMIT 1").pluck().get() as string;
  const firstPage = services.actionPlan.list({ filters: {}, limit: 100 });
  const cases: Record<string, () => unknown> = {
    'due list (first 100)': () => services.actionPlan.list({ filters: {}, due: true, limit: 100 }),
    'action plan (first 100)': () => services.actionPlan.list({ filters: {}, limit: 100 }),
    'action plan, next page': () => services.actionPlan.list({ filters: {}, limit: 100, after: firstPage.nextCursor! }),
    'action plan, one organisation': () => services.actionPlan.list({ filters: { stakeholderId: stakeholder }, limit: 100 }),
    'action plan, one service': () => services.actionPlan.list({ filters: { serviceId: service }, limit: 100 }),
    'action plan, overdue': () => services.actionPlan.list({ filters: { overdue: true }, limit: 100 }),
    'top bar count': () => services.actionPlan.countDue(),
    'recommendation detail (10 stories)': () => services.recommendations.get(sample, false),
  };
  const totals = {
    recommendations: db.prepare('SELECT count(*) FROM recommendations').pluck().get(),
    linkedStories: db.prepare('SELECT count(DISTINCT story_id) FROM recommendation_stories').pluck().get(),
    due: services.actionPlan.countDue(),
  };
  report('recommendations.store', totals);
  for (const [name, work] of Object.entries(cases)) {
    work();
    const samples: number[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const [ms, cpuMs] = time(work);
      samples.push(ms);
      cpu.push(cpuMs);
    }
    const spent = summarise(cpu);
    report('recommendations.service', { case: name, ...summarise(samples), cpuP50: spent.p50, cpuP95: spent.p95 });
  }
  services.store.lock();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
