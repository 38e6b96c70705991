/**
 * The 12-month re-declaration: a person's declaration (of interests, or of nothing
 * to declare) is due again 12 months after the last one, and overdue once that day
 * has passed. Someone who never declared owes a declaration now.
 */
import { REDECLARE_AFTER_MONTHS } from './vocabulary';

export type DeclarationState = 'never' | 'current' | 'overdue';

export interface DeclarationStatus {
  state: DeclarationState;
  lastDeclaredOn: string | null;
  /** The day the next declaration is due; null when none was ever made. */
  dueOn: string | null;
}

/** The same day `months` later (YYYY-MM-DD); the 29th to 31st fall back to the last day of a shorter month. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const nextYear = Math.floor(total / 12);
  const nextMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  return `${String(nextYear).padStart(4, '0')}-${String(nextMonth).padStart(2, '0')}-${String(Math.min(date, lastDay)).padStart(2, '0')}`;
}

export function declarationStatus(lastDeclaredOn: string | null, today: string): DeclarationStatus {
  if (lastDeclaredOn === null) return { state: 'never', lastDeclaredOn: null, dueOn: null };
  const dueOn = addMonths(lastDeclaredOn, REDECLARE_AFTER_MONTHS);
  return { state: today > dueOn ? 'overdue' : 'current', lastDeclaredOn, dueOn };
}

/** Whether the register is waiting for this person's declaration. */
export const owesDeclaration = (status: DeclarationStatus): boolean => status.state !== 'current';
