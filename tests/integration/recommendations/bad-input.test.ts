import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import shipped from '../../../resources/calendar/bank-holidays-england-and-wales.json';
import { tempFolder } from '../../helpers/temp-store';
import { recommendationsStore, recommendationTables } from './recommendations-fixture';

/** The refusal's code, and that the store is exactly as it was before. */
function refused(f: Awaited<ReturnType<typeof recommendationsStore>>, work: () => unknown): string {
  const before = recommendationTables(f.services);
  let code = 'none';
  try {
    work();
  } catch (error) {
    code = (error as { code?: string }).code ?? String(error);
  }
  expect(recommendationTables(f.services)).toEqual(before);
  return code;
}

const tableFile = (content: string) => {
  const path = join(tempFolder(), 'bank-holidays.json');
  writeFileSync(path, content);
  return path;
};

describe('bad input changes nothing', () => {
  it('a recommendation without evidence cannot be sent', async () => {
    const f = await recommendationsStore();
    const draft = f.draft();
    expect(refused(f, () => f.services.recommendations.send(draft.id, '2026-01-05'))).toBe('EVIDENCE_REQUIRED');
    expect(f.services.recommendations.get(draft.id, false).status).toBe('draft');
  });

  it('a response dated before the sending date is refused', async () => {
    const f = await recommendationsStore();
    const draft = f.draft();
    f.services.evidence.linkStories(draft.id, [f.storyIds[0]!]);
    f.services.recommendations.send(draft.id, '2026-01-05');
    expect(refused(f, () => f.services.recommendations.respond({ id: draft.id, decision: 'accepted', words: 'Yes.', receivedOn: '2026-01-04' }))).toBe('RESPONSE_BEFORE_SENDING');
    expect(refused(f, () => f.services.recommendations.respond({ id: draft.id, decision: 'accepted', words: 'Yes.', receivedOn: '2026-01-06' }))).toBe('INVALID_INPUT'); // tomorrow
  });

  it('an organisation that is not in the register (or retired) is refused', async () => {
    const f = await recommendationsStore();
    expect(refused(f, () => f.draft({ stakeholderId: '6f1c1d6e-0000-4000-8000-000000000000' }))).toBe('UNKNOWN_ORGANISATION');
    f.services.stakeholders.retire(f.council.id);
    expect(refused(f, () => f.draft({ stakeholderId: f.council.id }))).toBe('UNKNOWN_ORGANISATION');
    expect(
      refused(f, () =>
        f.services.actionPlan.createIssue({ stakeholderId: '6f1c1d6e-0000-4000-8000-000000000000', serviceId: null, title: 'x', description: '', agreedOn: '2026-01-02', nextReviewOn: null }),
      ),
    ).toBe('UNKNOWN_ORGANISATION');
  });

  it('an edited bank-holiday file that is malformed is refused with what is wrong', async () => {
    const f = await recommendationsStore();
    const broken = JSON.stringify(shipped).replace('"2024-12-25"', '"2024-12-28"'); // a Saturday
    for (const [content, message] of [
      ['{"division":"england-and-wales","events":[', /not a JSON file/],
      [broken, /2024-12-28 \(Christmas Day\) falls on a weekend/],
      ['{"division":"england-and-wales","events":[{"title":"Boxing Day","date":"26/12/2026","notes":"","bunting":true}]}', /events\.0\.date/],
      ['{"division":"scotland","events":[{"title":"St Andrew’s Day","date":"2026-11-30","notes":"","bunting":true}]}', /table for "scotland"/],
    ] as const) {
      const path = tableFile(content);
      expect(() => f.services.bankHolidays.import(path, false)).toThrow(message);
      expect(refused(f, () => f.services.bankHolidays.import(path, true))).toBe('BANK_HOLIDAYS_INVALID');
    }
    expect(f.services.bankHolidays.status().source).toBe('shipped');
  });

  it('a date beyond the table gets DUE_DATE_BEYOND_CALENDAR, never a guess', async () => {
    const f = await recommendationsStore('2028-01-10');
    const draft = f.draft();
    f.services.evidence.linkStories(draft.id, [f.storyIds[0]!]);
    expect(refused(f, () => f.services.recommendations.send(draft.id, '2028-01-10'))).toBe('DUE_DATE_BEYOND_CALENDAR');
    expect(() => f.services.recommendations.dueDateFor('2027-12-20')).toThrow(/runs from 2018-01-01 to 2027-12-31/);
  });

  it('a table that drops bank holidays a due date used says so, and imports only when told to', async () => {
    const f = await recommendationsStore('2026-12-01');
    const draft = f.draft();
    f.services.evidence.linkStories(draft.id, [f.storyIds[0]!]);
    expect(f.services.recommendations.send(draft.id, '2026-12-01').dueOn).toBe('2026-12-31'); // over Christmas and the 28th
    const without = { division: 'england-and-wales', events: shipped.events.filter((e) => e.date !== '2026-12-28') };
    const path = tableFile(JSON.stringify(without));
    expect(() => f.services.bankHolidays.import(path, false)).toThrow(/does not have 2026-12-28/);
    expect(refused(f, () => f.services.bankHolidays.import(path, false))).toBe('BANK_HOLIDAYS_REMOVED');
    expect(f.services.bankHolidays.import(path, true)).toMatchObject({ source: 'imported', importedByName: 'Ada Admin', holidays: 82 });
    expect(f.services.recommendations.get(draft.id, false).dueOn).toBe('2026-12-31'); // never recomputed
    expect(f.services.recommendations.dueDateFor('2026-12-01')).toBe('2026-12-30');
    // GOV.UK's whole file (all three divisions) imports as it is.
    const whole = tableFile(JSON.stringify({ 'england-and-wales': shipped, scotland: { division: 'scotland', events: [] } }));
    expect(f.services.bankHolidays.import(whole, false).holidays).toBe(83);
  });
});

describe('roles', () => {
  it('volunteers and outreach workers cannot change recommendations; only administrators import bank holidays', async () => {
    const f = await recommendationsStore();
    const draft = f.draft();
    f.services.evidence.linkStories(draft.id, [f.storyIds[0]!]);
    for (const [person, pin] of [
      [f.volunteer, '9753'],
      [f.outreach, '1357'],
    ] as const) {
      await f.signInAs(person.id, pin);
      const s = f.services;
      for (const work of [
        () => f.draft(),
        () => s.recommendations.update(draft.id, { stakeholderId: f.trust.id, title: 'x', body: 'y', serviceIds: [] }),
        () => s.evidence.linkStories(draft.id, [f.storyIds[1]!]),
        () => s.recommendations.send(draft.id, '2026-01-05'),
        () => s.recommendations.respond({ id: draft.id, decision: 'accepted', words: 'Yes.', receivedOn: '2026-01-05' }),
        () => s.planUpdates.record({ item: { kind: 'recommendation', id: draft.id }, status: 'done', note: '', updatedOn: '2026-01-05', nextReviewOn: null }),
        () => s.stakeholders.create({ name: 'New', kind: 'other', contacts: [] }),
        () => s.reports.create({ title: 'x', publishedOn: null, serviceIds: [], visitId: null }),
        () => s.actionPlan.countDue(),
        () => s.bankHolidays.import('/nowhere.json', false),
      ]) {
        expect(refused(f, work)).toBe('FORBIDDEN');
      }
      // They may read the plan; the evidence shows only anonymised words (none yet: not checked).
      expect(s.recommendations.get(draft.id, false).evidenceStories[0]).toMatchObject({ anonymised: true, words: null, withheld: 'not-anonymised' });
      expect(s.stakeholders.list(false).every((o) => o.contacts.length === 0)).toBe(true);
    }
    await f.signInAs(f.staff.id, '8642');
    expect(refused(f, () => f.services.bankHolidays.import('/nowhere.json', false))).toBe('FORBIDDEN');
  });
});
