import { describe, expect, it } from 'vitest';
import { addMonths, declarationStatus, owesDeclaration } from '../../../shared/interests/redeclaration';

describe('the 12-month re-declaration', () => {
  it('is due on the same day a year later, and overdue from the day after', () => {
    expect(declarationStatus('2026-03-02', '2027-03-02')).toEqual({ state: 'current', lastDeclaredOn: '2026-03-02', dueOn: '2027-03-02' });
    expect(declarationStatus('2026-03-02', '2027-03-03').state).toBe('overdue');
    expect(declarationStatus('2026-03-02', '2026-03-02').state).toBe('current');
  });

  it('someone who never declared owes a declaration now', () => {
    const status = declarationStatus(null, '2026-03-02');
    expect(status).toEqual({ state: 'never', lastDeclaredOn: null, dueOn: null });
    expect(owesDeclaration(status)).toBe(true);
    expect(owesDeclaration(declarationStatus('2026-03-02', '2026-04-01'))).toBe(false);
  });

  it('a declaration on 29 February is due on 28 February; months run across years', () => {
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-02', -12)).toBe('2025-03-02');
  });
});
