/**
 * Who may code (review, check, write about) this story: the register's rule as the
 * services apply it, whatever a screen shows.
 */
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/result';
import { interestsStore, registerTables } from './interests-fixture';

function refusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const actions = (services: Awaited<ReturnType<typeof interestsStore>>['services'], kind: string) =>
  (services.store.requireDb().prepare("SELECT action FROM audit_log WHERE entity_type = 'conflict' ORDER BY seq").pluck().all() as string[]).filter((a) => a === kind).length;

describe('who may code this story', () => {
  it('anyone without a declaration about its services codes it as before', async () => {
    const { services, signInAs, hospitalStory, surgeryStory, code, coder, interest } = await interestsStore();
    await signInAs('coder');
    services.interests.declare(coder.id, interest({ refuses: ['code'] }));
    // The declaration is about the hospital; the surgery's story is not touched by it.
    expect(services.tags.tag(surgeryStory, code.id, null, null)).toHaveLength(1);
    await signInAs('other');
    expect(services.tags.tag(hospitalStory, code.id, null, null)).toHaveLength(1);
    expect(services.conflicts.check('code', { type: 'story', id: hospitalStory }, null)).toEqual({ action: 'code', outcome: 'clear', matches: [], override: null });
  });

  it('a declaration that only warns: shown first, refused until read, then the acknowledgement audited once', async () => {
    const { services, signInAs, hospitalStory, hospital, code, coder, interest } = await interestsStore();
    await signInAs('coder');
    const interestId = services.interests.declare(coder.id, interest()).interests[0]!.id;
    const check = services.conflicts.check('code', { type: 'story', id: hospitalStory }, null);
    expect(check.outcome).toBe('warn');
    expect(check.matches).toEqual([expect.objectContaining({ interestId, outcome: 'warn', management: 'does not code stories about this service', personName: 'Cal Coder' })]);

    const before = registerTables(services);
    const unread = refusal(() => services.tags.tag(hospitalStory, code.id, null, null));
    expect(unread.code).toBe('CONFLICT_ACKNOWLEDGEMENT_REQUIRED');
    expect(unread.message).toContain(`employment with ${hospital.name}`);
    expect(registerTables(services)).toEqual(before);

    const tags = services.tags.tag(hospitalStory, code.id, 'negative', null, [interestId]);
    services.tags.setTagSentiment(tags[0]!.id, 'mixed', [interestId]);
    services.tags.setOverallSentiment(hospitalStory, 'negative', [interestId]);
    expect(actions(services, 'conflict.acknowledge')).toBe(1);
    expect(actions(services, 'conflict.warning')).toBe(1);
  });

  it('a declaration whose rule says they must not: refused (typed, naming the declaration), recorded for an administrator, nothing else written', async () => {
    const { services, signInAs, hospitalStory, hospital, code, coder, interest } = await interestsStore();
    await signInAs('coder');
    const interestId = services.interests.declare(coder.id, interest({ refuses: ['code'] })).interests[0]!.id;
    expect(services.conflicts.check('code', { type: 'story', id: hospitalStory }, null).outcome).toBe('refuse');
    // Reviewing is not ruled out, only shown.
    expect(services.conflicts.check('review', { type: 'story', id: hospitalStory }, null).outcome).toBe('warn');

    const tagsBefore = services.store.requireDb().prepare('SELECT count(*) FROM story_tags').pluck().get();
    const error = refusal(() => services.tags.tag(hospitalStory, code.id, null, null, [interestId]));
    expect(error.code).toBe('CONFLICT_OF_INTEREST');
    expect(error.message).toBe(
      `Cal Coder must not code this story: the register of interests records employment with ${hospital.name}, managed as “does not code stories about this service”. An administrator can give the work to someone else, or allow it with a reason.`,
    );
    refusal(() => services.tags.setOverallSentiment(hospitalStory, 'negative', [interestId]));
    expect(services.store.requireDb().prepare('SELECT count(*) FROM story_tags').pluck().get()).toBe(tagsBefore);
    expect(actions(services, 'conflict.refusal')).toBe(2);

    await signInAs('admin');
    const open = services.conflictManagement.openRefusals();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ person: { id: coder.id, name: 'Cal Coder' }, action: 'code', subject: { type: 'story', id: hospitalStory }, label: 'I waited five hours and nobody told me why.' });
  });

  it('the administrator gives the coding to someone the rule allows; they see it, start it, and the refusal is settled', async () => {
    const { services, signInAs, hospitalStory, code, coder, other, admin, secondAdmin, interest } = await interestsStore();
    await signInAs('coder');
    services.interests.declare(coder.id, interest({ refuses: ['code'] }));
    refusal(() => services.tags.tag(hospitalStory, code.id, null, null));
    await signInAs('other');
    services.interests.declare(other.id, interest({ refuses: [] }));

    await signInAs('admin');
    const subject = { type: 'story' as const, id: hospitalStory };
    // Oona only has a warning; Cal is refused; the two administrators have declared nothing.
    expect(services.conflictManagement.candidates('code', subject, coder.id).map((p) => p.name)).toEqual(['Ada Admin', 'Bea Second', 'Oona Other']);
    services.interests.declare(secondAdmin.id, interest({ refuses: ['code'] }));
    expect(services.conflictManagement.candidates('code', subject, coder.id).map((p) => p.id)).toEqual([admin.id, other.id]);
    const refused = refusal(() => services.conflictManagement.reassign({ action: 'code', subject, fromUserId: coder.id, toUserId: secondAdmin.id, reason: '' }));
    expect(refused.code).toBe('CONFLICT_OF_INTEREST');

    services.conflictManagement.reassign({ action: 'code', subject, fromUserId: coder.id, toUserId: other.id, reason: 'Cal works at the hospital.' });
    expect(services.conflictManagement.openRefusals()).toEqual([]);

    await signInAs('other');
    const given = services.conflictManagement.givenToMe();
    expect(given).toEqual([expect.objectContaining({ action: 'code', subject, fromName: 'Cal Coder', byName: 'Ada Admin', reason: 'Cal works at the hospital.' })]);
    const otherInterest = services.interests.mine().interests[0]!.id;
    services.tags.tag(hospitalStory, code.id, null, null, [otherInterest]);
    expect(services.conflictManagement.givenToMe()).toEqual([]);
    // Cal is still refused: the rule is unchanged.
    await signInAs('coder');
    expect(refusal(() => services.tags.tag(hospitalStory, code.id, null, null)).code).toBe('CONFLICT_OF_INTEREST');
  });

  it('an override needs a reason and another administrator; with one the person may go on after reading the declaration', async () => {
    const { services, signInAs, hospitalStory, code, coder, admin, interest } = await interestsStore();
    await signInAs('coder');
    const interestId = services.interests.declare(coder.id, interest({ refuses: ['code'] })).interests[0]!.id;
    refusal(() => services.tags.tag(hospitalStory, code.id, null, null));
    await signInAs('admin');
    const subject = { type: 'story' as const, id: hospitalStory };
    const before = registerTables(services);
    const blank = refusal(() => services.conflictManagement.override({ action: 'code', subject, userId: coder.id, reason: '   \n' }));
    expect(blank.code).toBe('REASON_REQUIRED');
    expect(registerTables(services)).toEqual(before);
    services.interests.declare(admin.id, interest({ refuses: ['code'] }));
    expect(refusal(() => services.conflictManagement.override({ action: 'code', subject, userId: admin.id, reason: 'I am careful.' })).code).toBe('FORBIDDEN');

    services.conflictManagement.override({ action: 'code', subject, userId: coder.id, reason: 'Only Cal reads Bengali; a second coder will check.' });
    expect(services.conflictManagement.openRefusals()).toEqual([]);
    await signInAs('coder');
    const check = services.conflicts.check('code', subject, null);
    expect(check).toMatchObject({ outcome: 'warn', override: { reason: 'Only Cal reads Bengali; a second coder will check.', byName: 'Ada Admin' } });
    expect(refusal(() => services.tags.tag(hospitalStory, code.id, null, null)).code).toBe('CONFLICT_ACKNOWLEDGEMENT_REQUIRED');
    expect(services.tags.tag(hospitalStory, code.id, null, null, [interestId])).toHaveLength(1);
    const acknowledged = services.store.requireDb().prepare("SELECT details FROM audit_log WHERE action = 'conflict.acknowledge'").pluck().get() as string;
    expect(JSON.parse(acknowledged)).toMatchObject({ overridden: true, interestIds: [interestId] });
  });

  it('an interest that has ended, or not yet begun, bears on nothing', async () => {
    const { services, signInAs, hospitalStory, code, coder, interest } = await interestsStore('2026-03-02');
    await signInAs('coder');
    services.interests.declare(coder.id, interest({ fromOn: '2025-01-01', toOn: '2026-03-01', refuses: ['code'] }));
    services.interests.declare(coder.id, interest({ fromOn: '2026-03-03', refuses: ['code'] }));
    expect(services.tags.tag(hospitalStory, code.id, null, null)).toHaveLength(1);
  });

  it('applies to reviewing (but not to handing in a story one recorded) and to checking masks', async () => {
    const { services, signInAs, hospital, coder, interest, storyAbout } = await interestsStore();
    await signInAs('coder');
    const mine = services.stories.save({ ...(await import('../../helpers/story-fixture')).story({ serviceIds: [hospital.id], status: 'draft' }) }).id;
    const interestId = services.interests.declare(coder.id, interest({ refuses: ['check-masks'] })).interests[0]!.id;
    services.review.setStatus(mine, 'submitted', null);
    expect(refusal(() => services.review.setStatus(mine, 'in-review', null)).code).toBe('CONFLICT_ACKNOWLEDGEMENT_REQUIRED');
    services.review.setStatus(mine, 'in-review', null, [interestId]);
    const story = storyAbout(hospital.id);
    const review = services.masks.review(story);
    expect(refusal(() => services.masks.saveCheck(story, review.revision, review.proposed, [interestId])).code).toBe('CONFLICT_OF_INTEREST');
    expect(services.masks.checkedMasks(story)).toBeNull();
  });

  it('applies to writing and sending recommendations about the services or the organisation, and to reports', async () => {
    const { services, signInAs, hospital, surgery, coder, trust, interest, hospitalStory } = await interestsStore();
    await signInAs('coder');
    services.interests.declare(coder.id, interest({ concerns: { type: 'organisation', stakeholderId: trust.id }, refuses: ['recommend'], management: 'takes no part in recommendations to the trust' }));
    const surgeryReport = services.reports.create({ title: 'Reception at the surgery', publishedOn: null, serviceIds: [surgery.id], visitId: null });
    const refused = refusal(() =>
      services.recommendations.create({ reportId: surgeryReport.id, stakeholderId: trust.id, title: 'Answer the phone', body: 'Answer within ten rings.', serviceIds: [] }),
    );
    expect(refused.code).toBe('CONFLICT_OF_INTEREST');
    expect(refused.message).toMatch(/^Cal Coder must not write or send this report or recommendation: .*Central London NHS Trust/);
    expect(services.reports.get(surgeryReport.id).items).toEqual([]);

    await signInAs('other');
    const draft = services.recommendations.create({ reportId: surgeryReport.id, stakeholderId: trust.id, title: 'Answer the phone', body: 'Answer within ten rings.', serviceIds: [] });
    services.evidence.linkStories(draft.id, [hospitalStory]);
    await signInAs('coder');
    expect(refusal(() => services.recommendations.send(draft.id, '2026-03-02')).code).toBe('CONFLICT_OF_INTEREST');
    // The report now holds a recommendation to the trust, so changing the report is refused too.
    expect(refusal(() => services.reports.update(surgeryReport.id, { title: 'Phones', publishedOn: null, serviceIds: [surgery.id] })).code).toBe('CONFLICT_OF_INTEREST');

    await signInAs('admin');
    const open = services.conflictManagement.openRefusals();
    expect(open.map((r) => r.subject)).toEqual([{ type: 'report', id: surgeryReport.id }]);
    services.conflictManagement.override({ action: 'recommend', subject: { type: 'recommendation', id: draft.id }, userId: coder.id, reason: 'The trust asked Cal to present it.' });
    await signInAs('coder');
    const interestId = services.interests.mine().interests[0]!.id;
    expect(services.recommendations.send(draft.id, '2026-03-02', [interestId]).status).toBe('awaiting-response');

    // A report about a service someone must not write about is refused before it is made.
    services.interests.declare(coder.id, interest({ refuses: ['recommend'] }));
    expect(refusal(() => services.reports.create({ title: 'A&E', publishedOn: null, serviceIds: [hospital.id], visitId: null })).code).toBe('CONFLICT_OF_INTEREST');
  });

  it('shows, before a report or recommendation is saved, every declaration about what it will be about, so that one reading lets the save go on', async () => {
    const { services, signInAs, hospital, surgery, coder, trust, interest } = await interestsStore();
    await signInAs('coder');
    const aboutTrust = services.interests.declare(coder.id, interest({ concerns: { type: 'organisation', stakeholderId: trust.id } })).interests[0]!.id;
    const aboutHospital = services.interests.declare(coder.id, interest()).interests.find((i) => i.id !== aboutTrust)!.id;

    // A report not yet made: only what it will be about.
    const newReport = services.conflicts.check('recommend', null, null, { serviceIds: [hospital.id], stakeholderIds: [] });
    expect(newReport.matches.map((m) => m.interestId)).toEqual([aboutHospital]);
    expect(refusal(() => services.reports.create({ title: 'A&E', publishedOn: null, serviceIds: [hospital.id], visitId: null })).code).toBe('CONFLICT_ACKNOWLEDGEMENT_REQUIRED');
    services.reports.create({ title: 'A&E', publishedOn: null, serviceIds: [hospital.id], visitId: null }, [aboutHospital]);

    // A new recommendation in a report about the surgery, to the trust: the report's concerns and the new organisation.
    const surgeryReport = services.reports.create({ title: 'Reception at the surgery', publishedOn: null, serviceIds: [surgery.id], visitId: null });
    expect(services.conflicts.check('recommend', { type: 'report', id: surgeryReport.id }, null).outcome).toBe('clear');
    const newRecommendation = services.conflicts.check('recommend', { type: 'report', id: surgeryReport.id }, null, { serviceIds: [], stakeholderIds: [trust.id] });
    expect(newRecommendation.matches.map((m) => m.interestId)).toEqual([aboutTrust]);
    const input = { reportId: surgeryReport.id, stakeholderId: trust.id, title: 'Answer the phone', body: 'Answer within ten rings.', serviceIds: [] };
    expect(services.recommendations.create(input, newRecommendation.matches.map((m) => m.interestId)).status).toBe('draft');
  });
});

describe('double coding', () => {
  it('never gives a story to a coder with any declared interest in its service; the administrator replaces the coder', async () => {
    const { services, signInAs, hospitalStory, surgeryStory, coder, other, admin, interest, code } = await interestsStore();
    await signInAs('coder');
    services.interests.declare(coder.id, interest({ refuses: [] }));
    await signInAs('admin');
    const refused = refusal(() => services.agreement.create('Spring sample', [hospitalStory, surgeryStory], coder.id, other.id));
    expect(refused.code).toBe('CONFLICT_OF_INTEREST');
    expect(refused.message).toMatch(/^Cal Coder has declared employment with .*, and 1 of the chosen stories is about it\./);
    expect(services.agreement.list()).toEqual([]);

    const sample = services.agreement.create('Spring sample', [hospitalStory, surgeryStory], other.id, admin.id);
    // A declaration made after the sample: the coder is refused that story, and the administrator gives the part to someone else.
    await signInAs('other');
    services.interests.declare(other.id, interest({ refuses: [] }));
    expect(services.conflicts.check('code', { type: 'story', id: hospitalStory }, sample.id).outcome).toBe('refuse');
    expect(refusal(() => services.agreement.code(sample.id, hospitalStory, [code.id])).code).toBe('CONFLICT_OF_INTEREST');
    expect(services.agreement.code(sample.id, surgeryStory, [code.id])).toEqual([code.id]);

    await signInAs('admin');
    const subject = { type: 'sample' as const, id: sample.id };
    expect(services.conflictManagement.openRefusals().map((r) => r.subject)).toEqual([subject]);
    expect(refusal(() => services.conflictManagement.override({ action: 'code', subject, userId: other.id, reason: 'needed' })).code).toBe('INVALID_INPUT');
    // Neither Cal nor Oona (interests) nor Ada (already a coder) may take it.
    expect(services.conflictManagement.candidates('code', subject, other.id).map((p) => p.name)).toEqual(['Bea Second']);
    const bea = services.conflictManagement.candidates('code', subject, other.id)[0]!;
    services.conflictManagement.reassign({ action: 'code', subject, fromUserId: other.id, toUserId: bea.id, reason: 'Oona declared an interest.' });
    const replaced = services.agreement.list()[0]!;
    expect([replaced.reviewerA.name, replaced.reviewerB.name]).toEqual(['Bea Second', 'Ada Admin']);
    expect(services.conflictManagement.openRefusals()).toEqual([]);
  });
});
