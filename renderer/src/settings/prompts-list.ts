/** Editing a list of prompts: pure steps, each giving a new list. */
export const MAX_PROMPTS = 20;
export const MAX_PROMPT_LENGTH = 500;

/** Each prompt carries a key that stays with it as it moves, so React keeps focus and typing on the right field. */
export interface PromptItem {
  key: string;
  text: string;
}

export const move = <T,>(list: readonly T[], from: number, to: number): T[] => {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
};

export type PromptProblem = { index: number; problem: 'blank' | 'tooLong' };

export function promptProblems(items: readonly PromptItem[]): PromptProblem[] {
  return items.flatMap((item, index): PromptProblem[] =>
    item.text.trim().length === 0 ? [{ index, problem: 'blank' }] : item.text.length > MAX_PROMPT_LENGTH ? [{ index, problem: 'tooLong' }] : [],
  );
}
