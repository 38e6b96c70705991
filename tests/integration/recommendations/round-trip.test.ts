import { describe, expect, it } from 'vitest';
import { recommendationsStore, reopened } from './recommendations-fixture';

describe('recommendations in the store', () => {
  it('keeps every kind of record exactly across a lock and unlock', async () => {
    const f = await recommendationsStore('2026-01-05');
    const s = f.services;
    const words = '  We accept this.\r\nA screen goes up in March — “soon”.  ';
    // A saved search and a theme for the evidence.
    const saved = s.search.saveSearch('Waits in A&E', 'waited', { serviceIds: [f.hospital.id] });
    const waiting = s.codebook.list(false).find((c) => c.name === 'Waiting times')!;
    s.tags.tag(f.storyIds[0]!, waiting.id, 'negative', null);

    const recommendation = f.draft();
    s.evidence.linkStories(recommendation.id, f.storyIds.slice(0, 2));
    s.evidence.addSearch(recommendation.id, saved.id);
    s.evidence.addThemes(recommendation.id, [waiting.id]);
    s.recommendations.send(recommendation.id, '2026-01-05');
    f.clock.set('2026-02-10');
    s.recommendations.respond({ id: recommendation.id, decision: 'partly-accepted', words, receivedOn: '2026-02-09' });
    f.clock.set('2026-06-01');
    s.planUpdates.record({ item: { kind: 'recommendation', id: recommendation.id }, status: 'in-progress', note: 'Screen ordered; met on 1 June.', updatedOn: '2026-06-01', nextReviewOn: '2026-09-01' });
    const issue = s.actionPlan.createIssue({ stakeholderId: f.council.id, serviceId: f.surgery.id, title: 'Home visits for housebound patients', description: 'Agreed at the quarterly meeting.', agreedOn: '2026-05-20', nextReviewOn: '2026-08-20' });
    s.cqcFindings.create({
      serviceId: f.hospital.id,
      stakeholderId: f.trust.id,
      publishedOn: '2026-04-02',
      ratings: { overall: 'requires-improvement', safe: 'requires-improvement', effective: 'good', caring: 'good', responsive: 'inadequate', 'well-led': 'requires-improvement' },
      summary: 'Patients waited too long in the emergency department.\n',
      link: 'https://www.cqc.org.uk/location/RYJ02',
      storyIds: [f.storyIds[2]!],
      items: [{ kind: 'recommendation', id: recommendation.id }, { kind: 'agreed-issue', id: issue.item.id }],
      nextReviewOn: '2026-10-01',
    });
    const visit = s.visits.plan({ serviceId: f.hospital.id, visitOn: '2026-05-14', purpose: 'The waiting room at night', representativeIds: [f.staff.id, f.outreach.id] });
    s.visits.recordObservation({ visitId: visit.id, text: 'The screen showed no waiting times.', wordsKind: 'recorder-summary', language: 'English', consent: { share: true, quote: true } });
    const visitReport = s.reports.create({ title: 'Enter and View: A&E at night', publishedOn: null, serviceIds: [f.hospital.id], visitId: visit.id });

    const before = {
      stakeholders: s.stakeholders.list(true),
      reports: s.reports.list(),
      report: s.reports.get(f.report.id),
      recommendation: s.recommendations.get(recommendation.id, false),
      plan: s.actionPlan.list({ filters: {}, limit: 50 }),
      issue: s.actionPlan.get({ kind: 'agreed-issue', id: issue.item.id }),
      findings: s.cqcFindings.list(),
      visit: s.visits.get(visit.id),
      visitReport: s.reports.get(visitReport.id),
    };
    s.store.lock();
    const again = await reopened(f.dbPath, f.clock, f.admin.id);
    expect({
      stakeholders: again.stakeholders.list(true),
      reports: again.reports.list(),
      report: again.reports.get(f.report.id),
      recommendation: again.recommendations.get(recommendation.id, false),
      plan: again.actionPlan.list({ filters: {}, limit: 50 }),
      issue: again.actionPlan.get({ kind: 'agreed-issue', id: issue.item.id }),
      findings: again.cqcFindings.list(),
      visit: again.visits.get(visit.id),
      visitReport: again.reports.get(visitReport.id),
    }).toEqual(before);

    // And what was kept is what was given.
    const kept = before.recommendation;
    expect(kept).toMatchObject({
      status: 'in-progress',
      sentOn: '2026-01-05',
      dueOn: '2026-02-02',
      nextReviewOn: '2026-09-01',
      response: { decision: 'partly-accepted', words, receivedOn: '2026-02-09', late: true },
      evidence: { stories: 2, searches: 1, themes: 1 },
      services: [{ id: f.hospital.id, name: f.hospital.name }],
    });
    expect(kept.evidenceSearches[0]).toMatchObject({ name: 'Waits in A&E', query: 'waited', storyCount: 1 });
    expect(kept.evidenceThemes[0]).toMatchObject({ theme: 'Waiting times', storyCount: 1 });
    expect(kept.updates.map((u) => u.status)).toEqual(['in-progress']);
    expect(kept.history.map((h) => h.action)).toEqual([
      'recommendation.create',
      'recommendation.evidence',
      'recommendation.evidence',
      'recommendation.evidence',
      'recommendation.send',
      'recommendation.response',
      'plan.update',
    ]);
    expect(before.findings[0]).toMatchObject({ summary: 'Patients waited too long in the emergency department.\n', storyIds: [f.storyIds[2]], status: 'not-started' });
    expect(before.findings[0]!.items.map((i) => i.kind).sort()).toEqual(['agreed-issue', 'recommendation']);
    expect(before.visit).toMatchObject({ observations: 1, reportId: visitReport.id, representatives: [{ name: 'Omar Outreach' }, { name: 'Sam Staff' }] });
    const observation = again.stories.get(before.visit.observationList[0]!.id);
    expect(observation).toMatchObject({ channel: 'enter-and-view', heardOn: '2026-05-14', text: 'The screen showed no waiting times.', wordsKind: 'recorder-summary' });
    expect(again.stakeholders.get(f.trust.id).contacts).toEqual(f.trust.contacts);
    expect(again.bankHolidays.status()).toMatchObject({ source: 'shipped', runsTo: '2027-12-31' });
  });
});
