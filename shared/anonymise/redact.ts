import type { PlaceholderBook } from './placeholders';
import { resolveOverlaps } from './spans';
import type { Confidence, Detection, EntityType } from './types';

/** A masked stretch: offsets into the original text, and what replaced it. */
export interface MaskedSpan {
  start: number;
  end: number;
  type: EntityType;
  placeholder: string;
  confidence: Confidence;
  rule: string;
}

export interface AnonymisedText {
  /** The text with each detection replaced by its placeholder. */
  text: string;
  spans: MaskedSpan[];
}

/** Replaces each detection with a placeholder from the book; overlapping detections are joined first. */
export function redact(text: string, detections: readonly Detection[], book: PlaceholderBook): AnonymisedText {
  const resolved = resolveOverlaps(detections.filter((d) => d.start >= 0 && d.end <= text.length));
  const parts: string[] = [];
  const spans: MaskedSpan[] = [];
  let cursor = 0;
  // Mentions repeated within this text share one look-up (and one HMAC); the map goes with the call.
  const placeholders = new Map<string, string>();
  for (const d of resolved) {
    const value = text.slice(d.start, d.end);
    const key = `${d.type}\u0000${value}`;
    let placeholder = placeholders.get(key);
    if (placeholder === undefined) {
      placeholder = book.placeholderFor(d.type, value);
      placeholders.set(key, placeholder);
    }
    parts.push(text.slice(cursor, d.start), placeholder);
    spans.push({ start: d.start, end: d.end, type: d.type, placeholder, confidence: d.confidence, rule: d.rule });
    cursor = d.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), spans };
}
