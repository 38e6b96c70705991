/** The codebook as a tree, and matching codes against what is typed in a picker. */
import type { Code } from '../../../../shared/workbench/schemas';

export interface CodeNode {
  code: Code;
  children: Code[];
}

/** Themes in codebook order, each with its sub-themes (codes whose parent is missing come out as themes). */
export function codeTree(codes: readonly Code[]): CodeNode[] {
  const ids = new Set(codes.map((code) => code.id));
  const roots: CodeNode[] = [];
  const byId = new Map<string, CodeNode>();
  for (const code of codes) {
    if (code.parentId === null || !ids.has(code.parentId)) {
      const node = { code, children: [] };
      roots.push(node);
      byId.set(code.id, node);
    }
  }
  for (const code of codes) {
    if (code.parentId !== null && ids.has(code.parentId)) byId.get(code.parentId)?.children.push(code);
  }
  return roots;
}

/** Codes in tree order: each theme followed by its sub-themes. */
export const treeOrder = (codes: readonly Code[]): Code[] => codeTree(codes).flatMap((node) => [node.code, ...node.children]);

/** Lower case without accents, so "cafe" finds "Café". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface CodeOption {
  code: Code;
  parent: Code | null;
}

/**
 * Live codes whose name (or theme's name) contains every word typed, in tree
 * order; codes whose own name starts with the text come first.
 */
export function matchCodes(codes: readonly Code[], typed: string, exclude: ReadonlySet<string> = new Set()): CodeOption[] {
  const byId = new Map(codes.map((code) => [code.id, code]));
  const words = fold(typed).split(/\s+/u).filter(Boolean);
  const options = treeOrder(codes.filter((code) => !code.retired))
    .filter((code) => !exclude.has(code.id))
    .map((code) => ({ code, parent: code.parentId ? (byId.get(code.parentId) ?? null) : null }));
  if (words.length === 0) return options;
  const scored = options
    .map((option, index) => {
      const own = fold(option.code.name);
      const both = `${own} ${option.parent ? fold(option.parent.name) : ''}`;
      if (!words.every((word) => both.includes(word))) return null;
      const first = words[0] ?? '';
      const rank = own.startsWith(first) ? 0 : own.split(/[^\p{L}\p{N}]+/u).some((part) => part.startsWith(first)) ? 1 : 2;
      return { option, rank, index };
    })
    .filter((entry): entry is { option: CodeOption; rank: number; index: number } => entry !== null);
  scored.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return scored.map((entry) => entry.option);
}

/** "Theme › Sub-theme", or the theme's name. */
export const codePath = (code: Pick<Code, 'name'>, parent: Pick<Code, 'name'> | null | undefined): string => (parent ? `${parent.name} › ${code.name}` : code.name);
