/**
 * The anonymised words as they would leave the laptop, for the check screen: the
 * engine's own `redact` with a placeholder book under a random key made for this
 * screen only (the engine's own HMAC-SHA256, keyed once), so [PERSON 1] is the
 * same person throughout, and no number can be linked to any bundle.
 */
import { PlaceholderBook } from '../../../shared/anonymise/placeholders';
import { redact } from '../../../shared/anonymise/redact';
import type { Mask } from '../../../shared/masks/schemas';

export type PreviewPart = { kind: 'words'; text: string } | { kind: 'placeholder'; text: string; type: Mask['type'] };

/** A fresh random key for one screen's previews (never stored, never sent). */
export function previewKey(): Uint8Array {
  const key = new Uint8Array(32);
  globalThis.crypto.getRandomValues(key);
  return key;
}

/** The redacted text, and the same text in parts so that placeholders can be shown as such. */
export function previewOf(text: string, masks: readonly Mask[], key: Uint8Array): { text: string; parts: PreviewPart[] } {
  // A new book each time: numbers follow the order of first mention in these masks.
  const book = new PlaceholderBook(key);
  const redacted = redact(
    text,
    masks.map(({ start, end, type, confidence, rule }) => ({ start, end, type, confidence, rule })),
    book,
  );
  const parts: PreviewPart[] = [];
  let cursor = 0;
  for (const span of redacted.spans) {
    if (span.start > cursor) parts.push({ kind: 'words', text: text.slice(cursor, span.start) });
    parts.push({ kind: 'placeholder', text: span.placeholder, type: span.type });
    cursor = span.end;
  }
  if (cursor < text.length) parts.push({ kind: 'words', text: text.slice(cursor) });
  return { text: redacted.text, parts };
}
