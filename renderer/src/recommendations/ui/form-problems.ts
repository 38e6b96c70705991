import { focusField } from '../../ui/ErrorSummary';

/**
 * The problems a form found before sending anything: kept for the fields to show,
 * and the first one's field takes the focus. True when there are none.
 */
export function checkForm<P extends string>(found: Partial<Record<P, boolean>>, order: readonly [P, string][], setProblems: (problems: ReadonlySet<P>) => void): boolean {
  const problems = new Set(order.filter(([problem]) => found[problem]).map(([problem]) => problem));
  setProblems(problems);
  const first = order.find(([problem]) => problems.has(problem));
  if (first) focusField(first[1]);
  return problems.size === 0;
}
