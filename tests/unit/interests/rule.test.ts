import { describe, expect, it } from 'vitest';
import { decideConflict, isActiveOn, mayDo, sampleConflicts, whoMay, type RuleInterest } from '../../../shared/interests/rule';

const HOSPITAL = 'svc-hospital';
const SURGERY = 'svc-surgery';
const TRUST = 'org-trust';

const interest = (change: Partial<RuleInterest> = {}): RuleInterest => ({ id: 'i1', serviceId: HOSPITAL, stakeholderId: null, fromOn: '2026-01-01', toOn: null, refuses: [], ...change });
const story = { serviceIds: [HOSPITAL], stakeholderIds: [] };

describe('the rule: may this person do this work?', () => {
  it('is clear when no declaration bears on what the work is about', () => {
    expect(decideConflict([interest({ serviceId: SURGERY })], 'code', story, '2026-03-02')).toEqual({ outcome: 'clear', matches: [] });
    expect(decideConflict([], 'code', story, '2026-03-02').outcome).toBe('clear');
  });

  it('warns for a declaration about the service, and refuses the work its rule names', () => {
    const warns = interest({ refuses: ['review'] });
    expect(decideConflict([warns], 'code', story, '2026-03-02')).toEqual({ outcome: 'warn', matches: [{ interest: warns, outcome: 'warn' }] });
    expect(decideConflict([warns], 'review', story, '2026-03-02').outcome).toBe('refuse');
  });

  it('takes the strictest of several declarations, and lists each', () => {
    const decided = decideConflict([interest({ id: 'a' }), interest({ id: 'b', refuses: ['code'] }), interest({ id: 'c', serviceId: SURGERY, refuses: ['code'] })], 'code', story, '2026-03-02');
    expect(decided.outcome).toBe('refuse');
    expect(decided.matches.map((m) => [m.interest.id, m.outcome])).toEqual([
      ['a', 'warn'],
      ['b', 'refuse'],
    ]);
  });

  it('an override leaves only the warning', () => {
    expect(decideConflict([interest({ refuses: ['code'] })], 'code', story, '2026-03-02', true).outcome).toBe('warn');
  });

  it('an organisation interest bears on work addressed to it', () => {
    const organisation = interest({ serviceId: null, stakeholderId: TRUST, refuses: ['recommend'] });
    expect(decideConflict([organisation], 'recommend', { serviceIds: [SURGERY], stakeholderIds: [TRUST] }, '2026-03-02').outcome).toBe('refuse');
    expect(decideConflict([organisation], 'code', story, '2026-03-02').outcome).toBe('clear');
  });

  it('bears only on the days the interest runs, first and last day included', () => {
    const spell = interest({ fromOn: '2026-02-01', toOn: '2026-02-28', refuses: ['code'] });
    expect(isActiveOn(spell, '2026-01-31')).toBe(false);
    expect(isActiveOn(spell, '2026-02-01')).toBe(true);
    expect(isActiveOn(spell, '2026-02-28')).toBe(true);
    expect(mayDo([spell], 'code', story, '2026-03-01')).toBe(true);
    expect(mayDo([spell], 'code', story, '2026-02-14')).toBe(false);
  });

  it('who may code this story: everyone whose declarations do not rule it out', () => {
    const people = [
      { name: 'Cal', interests: [interest({ refuses: ['code'] })] },
      { name: 'Oona', interests: [interest()] },
      { name: 'Ada', interests: [] },
      { name: 'Bea', interests: [interest({ serviceId: SURGERY, refuses: ['code'] })] },
    ];
    expect(whoMay(people, 'code', story, '2026-03-02').map((p) => p.name)).toEqual(['Oona', 'Ada', 'Bea']);
    expect(whoMay(people, 'review', story, '2026-03-02').map((p) => p.name)).toEqual(['Cal', 'Oona', 'Ada', 'Bea']);
  });

  it('a double-coding sample keeps a story from a coder with any declaration about it, even one that only warns', () => {
    expect(sampleConflicts([interest()], story, '2026-03-02')).toHaveLength(1);
    expect(sampleConflicts([interest({ serviceId: SURGERY })], story, '2026-03-02')).toEqual([]);
    expect(sampleConflicts([interest({ toOn: '2026-02-01' })], story, '2026-03-02')).toEqual([]);
  });
});
