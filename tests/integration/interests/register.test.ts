import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../main/audit/audit-log';
import { ServiceError } from '../../../shared/result';
import { interestsStore, registerTables, reopened } from './interests-fixture';

const refusal = (run: () => unknown): ServiceError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('the register of interests', () => {
  it('keeps what a person declares exactly as typed, with what it concerns and how it is managed, and audits it', async () => {
    const { services, dbPath, clock, admin, coder, hospital, signInAs, interest } = await interestsStore();
    await signInAs('coder');
    const entry = services.interests.declare(coder.id, interest({ refuses: ['review', 'code', 'code'] }));
    expect(entry.interests).toHaveLength(1);
    expect(entry.interests[0]).toMatchObject({
      description: '  I work nights on the A&E reception desk.  ',
      concerns: { type: 'service', id: hospital.id, name: hospital.name },
      refuses: ['code', 'review'],
      active: true,
      declaredByName: 'Cal Coder',
    });
    expect(entry.status).toEqual({ state: 'current', lastDeclaredOn: '2026-03-02', dueOn: '2027-03-02' });
    expect(entry.history.map((e) => e.action)).toEqual(['interest.declare']);

    await services.store.lock();
    const again = await reopened(dbPath, clock, admin.id);
    expect(again.interests.entry(coder.id).interests[0]!.description).toBe('  I work nights on the A&E reception desk.  ');
    expect(verifyAudit(again.store.requireDb()).ok).toBe(true);
  });

  it('records "nothing to declare", and refuses it while interests are current only by recording them instead', async () => {
    const { services, other, signInAs, interest } = await interestsStore();
    await signInAs('other');
    const nothing = services.interests.confirm(other.id);
    expect(nothing.declarations[0]).toMatchObject({ nothingToDeclare: true, interests: 0, declaredOn: '2026-03-02' });
    const declared = services.interests.declare(other.id, interest());
    const confirmed = services.interests.confirm(declared.personId);
    expect(confirmed.declarations[0]).toMatchObject({ nothingToDeclare: false, interests: 1 });
    expect(confirmed.history.map((e) => e.action)).toEqual(['declaration.confirm', 'interest.declare', 'declaration.confirm']);
  });

  it('lets an administrator record anyone, including board members without an account; others only their own', async () => {
    const { services, coder, other, signInAs, interest, trust } = await interestsStore();
    await signInAs('admin');
    const member = services.interests.addPerson('Dr Rosa Board', 'board-member');
    services.interests.declare(member.personId, interest({ kind: 'voluntary-role', concerns: { type: 'organisation', stakeholderId: trust.id }, management: 'takes no part in recommendations to the trust', refuses: ['recommend'] }));
    services.interests.declare(coder.id, interest());
    const list = services.interests.list();
    expect(list.find((p) => p.name === 'Dr Rosa Board')).toMatchObject({ capacity: 'board-member', userId: null, currentInterests: 1, status: { state: 'current' } });
    expect(list.find((p) => p.personId === coder.id)).toMatchObject({ capacity: 'staff', role: 'staff', currentInterests: 1 });

    await signInAs('other');
    expect(refusal(() => services.interests.declare(coder.id, interest())).code).toBe('FORBIDDEN');
    expect(refusal(() => services.interests.entry(coder.id)).code).toBe('FORBIDDEN');
    expect(refusal(() => services.interests.list()).code).toBe('FORBIDDEN');
    expect(services.interests.mine().personId).toBe(other.id);
  });

  describe('bad input: a clear reason and nothing written', () => {
    it('an end date before the start date', async () => {
      const { services, coder, signInAs, interest } = await interestsStore();
      await signInAs('coder');
      const before = registerTables(services);
      const error = refusal(() => services.interests.declare(coder.id, interest({ fromOn: '2026-02-01', toOn: '2026-01-31' })));
      expect(error.code).toBe('END_BEFORE_START');
      expect(error.message).toBe('The interest ends on 2026-01-31, before it starts on 2026-02-01. Check the dates.');
      expect(registerTables(services)).toEqual(before);
    });

    it('an interest about a service or an organisation that is not in the registers', async () => {
      const { services, coder, signInAs, interest } = await interestsStore();
      await signInAs('coder');
      const before = registerTables(services);
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(refusal(() => services.interests.declare(coder.id, interest({ concerns: { type: 'service', serviceId: unknown } }))).code).toBe('UNKNOWN_SERVICE');
      expect(refusal(() => services.interests.declare(coder.id, interest({ concerns: { type: 'organisation', stakeholderId: unknown } }))).code).toBe('UNKNOWN_ORGANISATION');
      expect(registerTables(services)).toEqual(before);
    });

    it('a change with an end before the start leaves the interest as it was', async () => {
      const { services, coder, signInAs, interest } = await interestsStore();
      await signInAs('coder');
      const id = services.interests.declare(coder.id, interest()).interests[0]!.id;
      const before = registerTables(services);
      expect(refusal(() => services.interests.update(id, interest({ toOn: '2025-12-31' }))).code).toBe('END_BEFORE_START');
      expect(registerTables(services)).toEqual(before);
    });
  });

  describe('the 12-month re-declaration', () => {
    it('is due 12 months after the last declaration and overdue the day after; any declaration restarts it', async () => {
      const { services, clock, coder, signInAs } = await interestsStore('2026-03-02');
      await signInAs('coder');
      expect(services.interests.mine().status).toEqual({ state: 'never', lastDeclaredOn: null, dueOn: null });
      services.interests.confirm(coder.id);
      clock.set('2027-03-02');
      expect(services.interests.mine().status).toEqual({ state: 'current', lastDeclaredOn: '2026-03-02', dueOn: '2027-03-02' });
      clock.set('2027-03-03');
      expect(services.interests.mine().status.state).toBe('overdue');
      services.interests.confirm(coder.id);
      expect(services.interests.mine().status).toEqual({ state: 'current', lastDeclaredOn: '2027-03-03', dueOn: '2028-03-03' });
    });

    it('counts who owes a declaration for the administrator, and lists them first', async () => {
      const { services, clock, coder, other, signInAs } = await interestsStore('2026-03-02');
      await signInAs('admin');
      // Four people can sign in; none has declared.
      expect(services.interests.owing()).toEqual({ overdue: 0, never: 4 });
      services.interests.confirm(coder.id);
      clock.set('2026-09-01');
      services.interests.confirm(other.id);
      clock.set('2027-03-10');
      expect(services.interests.owing()).toEqual({ overdue: 1, never: 2 });
      expect(services.interests.list().map((p) => p.status.state)).toEqual(['never', 'never', 'overdue', 'current']);
      await signInAs('coder');
      expect(refusal(() => services.interests.owing()).code).toBe('FORBIDDEN');
    });
  });

  it('a board member who stands down leaves the register; what they declared stays', async () => {
    const { services, signInAs, interest } = await interestsStore();
    await signInAs('admin');
    const member = services.interests.addPerson('Dr Rosa Board', 'board-member');
    services.interests.declare(member.personId, interest());
    expect(services.interests.leave(member.personId).some((p) => p.personId === member.personId)).toBe(false);
    expect(services.store.requireDb().prepare('SELECT count(*) FROM interests WHERE person_id = ?').pluck().get(member.personId)).toBe(1);
  });
});
