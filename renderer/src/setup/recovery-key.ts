/**
 * The recovery key as people see and type it: groups of characters separated by
 * dashes. Comparison is forgiving in the same ways the store is (case, spaces,
 * dashes, O for 0, I or L for 1); what the person typed is never changed.
 */
const GROUP_LENGTH = 6;

export function keyGroups(key: string): string[] {
  const parts = key.split(/[\s-]+/).filter((part) => part.length > 0);
  if (parts.length > 1) return parts;
  const compact = parts[0] ?? '';
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += GROUP_LENGTH) groups.push(compact.slice(i, i + GROUP_LENGTH));
  return groups;
}

export const lastGroup = (key: string): string => keyGroups(key).at(-1) ?? '';

/** The form used only for comparing, never stored or sent. */
export const comparable = (typed: string): string =>
  typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');

export function matchesLastGroup(key: string, typed: string): boolean {
  const expected = comparable(lastGroup(key));
  return expected.length > 0 && comparable(typed) === expected;
}
