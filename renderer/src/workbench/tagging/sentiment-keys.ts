import type { Sentiment } from '../../../../shared/workbench/schemas';

/** Keys that set the sentiment of the focused tag: 1 to 4, or the first letter. */
export const SENTIMENT_KEYS: Record<string, Sentiment> = {
  '1': 'positive',
  p: 'positive',
  '2': 'negative',
  n: 'negative',
  '3': 'neutral',
  u: 'neutral',
  '4': 'mixed',
  m: 'mixed',
};

export const SENTIMENT_SHORTCUTS = '1 2 3 4 P N U M 0 Delete';

/** The sentiment a key press asks for: a sentiment, null to clear it (0), or undefined for other keys. */
export function sentimentForKey(key: string): Sentiment | null | undefined {
  if (key === '0') return null;
  return SENTIMENT_KEYS[key.toLowerCase()];
}

/** True when a key press is typing (in a field), not a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}
