/**
 * When a story's words are corrected, the masks a person accepted on the earlier
 * words are moved onto the new ones wherever the masked text is still there, so a
 * name the checker added by hand is not lost to the next check. The checker still
 * checks again: carried masks are a starting point, never a check.
 */
import type { Mask } from './schemas';

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Where `needle` occurs in `text`, nearest to `near` first. */
function occurrences(text: string, needle: string, near: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found.sort((a, b) => Math.abs(a - near) - Math.abs(b - near));
}

export function carryMasks(oldText: string, newText: string, masks: readonly Mask[]): Mask[] {
  const prefix = commonPrefix(oldText, newText);
  const suffix = commonSuffix(oldText, newText, prefix);
  const shift = newText.length - oldText.length;
  const carried: Mask[] = [];
  const free = (start: number, end: number) => carried.every((m) => end <= m.start || start >= m.end);
  for (const mask of [...masks].sort((a, b) => a.start - b.start)) {
    const masked = oldText.slice(mask.start, mask.end);
    let start: number | undefined;
    if (mask.end <= prefix) start = mask.start;
    else if (mask.start >= oldText.length - suffix) start = mask.start + shift;
    else start = occurrences(newText, masked, mask.start).find((at) => free(at, at + masked.length));
    if (start === undefined || !free(start, start + masked.length)) continue;
    carried.push({ ...mask, start, end: start + masked.length });
  }
  return carried.sort((a, b) => a.start - b.start);
}
