/** The codebook as themes, each with its sub-themes, in the order the service lists them. */
import type { Code } from '../../../../shared/workbench/schemas';

export interface Theme {
  code: Code;
  subThemes: Code[];
}

/** Current (not retired, not merged) codes as a tree of themes and sub-themes. */
export function themesOf(codes: readonly Code[]): Theme[] {
  const current = codes.filter((code) => !code.retired && code.mergedInto === null);
  const themes = current.filter((code) => code.parentId === null);
  return themes.map((code) => ({ code, subThemes: current.filter((sub) => sub.parentId === code.id) }));
}
