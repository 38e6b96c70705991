import { describe, expect, it } from 'vitest';
import { recommendationsStore } from './recommendations-fixture';

type Fixture = Awaited<ReturnType<typeof recommendationsStore>>;

/** A recommendation with one story of evidence, sent on `sentOn`. */
function sent(f: Fixture, title: string, sentOn: string, stakeholderId = f.trust.id) {
  const draft = f.draft({ title, stakeholderId });
  f.services.evidence.linkStories(draft.id, [f.storyIds[0]!]);
  return f.services.recommendations.send(draft.id, sentOn);
}

describe('the action plan and the Due list', () => {
  it('puts overdue responses first, then what is due in the next 14 days; filters by organisation, service, status and overdue', async () => {
    const f = await recommendationsStore('2026-01-05');
    const s = f.services;
    const early = sent(f, 'Early', '2026-01-05'); // due 2026-02-02
    f.clock.set('2026-01-12');
    const later = sent(f, 'Later', '2026-01-12', f.council.id); // due 2026-02-09
    f.draft({ title: 'Still a draft' });
    const issue = s.actionPlan.createIssue({ stakeholderId: f.council.id, serviceId: f.surgery.id, title: 'Home visits', description: '', agreedOn: '2026-01-12', nextReviewOn: '2026-06-01' });

    f.clock.set('2026-02-03');
    expect(s.actionPlan.countDue()).toEqual({ due: 2, overdue: 1 });
    const due = s.actionPlan.list({ filters: {}, due: true, limit: 50 });
    expect(due).toMatchObject({ today: '2026-02-03', dueBy: '2026-02-17' });
    expect(due.items.map((i) => [i.title, i.next])).toEqual([
      ['Early', { what: 'response', on: '2026-02-02', overdue: true }],
      ['Later', { what: 'response', on: '2026-02-09', overdue: false }],
    ]);

    // The late response is recorded; months later an update, and the review falls due.
    s.recommendations.respond({ id: early.id, decision: 'accepted', words: 'We will.', receivedOn: '2026-02-03' });
    expect(s.recommendations.get(early.id, false).response).toMatchObject({ late: true });
    f.clock.set('2026-05-20');
    s.planUpdates.record({ item: { kind: 'recommendation', id: early.id }, status: 'in-progress', note: 'Half done.', updatedOn: '2026-05-20', nextReviewOn: '2026-05-28' });
    s.planUpdates.record({ item: { kind: 'agreed-issue', id: issue.item.id }, status: 'done', note: 'Started in May.', updatedOn: '2026-05-19', nextReviewOn: null });
    expect(s.actionPlan.list({ filters: {}, due: true, limit: 50 }).items.map((i) => [i.title, i.status, i.next?.what, i.next?.overdue])).toEqual([
      ['Later', 'awaiting-response', 'response', true],
      ['Early', 'in-progress', 'review', false],
    ]);

    const titles = (filters: Parameters<typeof s.actionPlan.list>[0]['filters']) => s.actionPlan.list({ filters, limit: 50 }).items.map((i) => i.title);
    expect(titles({})).toEqual(['Later', 'Early', 'Home visits']); // soonest due first; nothing due last; no drafts
    expect(titles({ stakeholderId: f.council.id })).toEqual(['Later', 'Home visits']);
    expect(titles({ serviceId: f.surgery.id })).toEqual(['Home visits']);
    expect(titles({ serviceId: f.hospital.id })).toEqual(['Later', 'Early']);
    expect(titles({ status: 'done' })).toEqual(['Home visits']);
    expect(titles({ overdue: true })).toEqual(['Later']);
    expect(titles({ kind: 'agreed-issue' })).toEqual(['Home visits']);
    expect(later.dueOn).toBe('2026-02-09');

    // Pages follow on with the cursor.
    const first = s.actionPlan.list({ filters: {}, limit: 2 });
    const second = s.actionPlan.list({ filters: {}, limit: 2, after: first.nextCursor! });
    expect([...first.items, ...second.items].map((i) => i.title)).toEqual(['Later', 'Early', 'Home visits']);
    expect(second.nextCursor).toBeNull();
  });

  it('shows the evidence anonymised to volunteers, and to staff who ask to see it as a stakeholder would', async () => {
    const f = await recommendationsStore();
    const s = f.services;
    const nurse = f.storyIds[2]!;
    const review = s.masks.review(nurse);
    s.masks.saveCheck(nurse, review.revision, review.proposed);
    const draft = f.draft();
    s.evidence.linkStories(draft.id, [nurse, f.storyIds[0]!]);
    const staffView = s.recommendations.get(draft.id, false).evidenceStories.find((e) => e.id === nurse)!;
    expect(staffView).toMatchObject({ words: 'The nurse Mrs Patel was wonderful.', anonymised: false });
    const asStakeholder = s.recommendations.get(draft.id, true).evidenceStories;
    expect(asStakeholder.find((e) => e.id === nurse)).toMatchObject({ anonymised: true, words: expect.stringMatching(/^The nurse (Mrs )?\[PERSON 1\] was wonderful\.$/) });
    expect(asStakeholder.find((e) => e.id === f.storyIds[0])).toMatchObject({ words: null, withheld: 'not-anonymised' });
    await f.signInAs(f.volunteer.id, '9753');
    expect(s.recommendations.get(draft.id, false).evidenceStories.find((e) => e.id === nurse)?.words).not.toContain('Patel');
  });
});
