import { createDetector } from './detect';
import type { NameKeys } from './detectors/person/index';
import { PlaceholderBook, type HmacSha256 } from './placeholders';
import { redact, type AnonymisedText } from './redact';
import type { DetectOptions, Detection } from './types';

export interface BundleOptions extends DetectOptions {
  /** A fresh random key per bundle (32 bytes recommended). It and the mapping never leave the process. */
  key: Uint8Array;
  /** node:crypto's HMAC, say; by default the engine's own, keyed once per bundle. */
  hmac?: HmacSha256;
}

/**
 * One export bundle: detection that remembers names across the bundle's texts, and
 * placeholders that stay the same for the same identifier throughout the bundle.
 */
export interface BundleAnonymiser {
  /** Detect and replace in one step. */
  anonymise(text: string): AnonymisedText;
  /** Proposed masks for the human check, using names met earlier in the bundle. */
  detect(text: string): Detection[];
  /** Replace the masks a person has checked (accepted, removed or added). */
  redact(text: string, detections: readonly Detection[]): AnonymisedText;
  /** How many names the bundle has learned so far (for diagnostics; the names themselves stay private). */
  readonly learnedNameCount: number;
}

export function createBundleAnonymiser(options: BundleOptions): BundleAnonymiser {
  if (options.key.length < 16) throw new Error('bundle key must be at least 16 bytes');
  const detector = createDetector(options);
  const book = new PlaceholderBook(options.key, options.hmac);
  const learned: NameKeys = new Map();

  function detectAndLearn(text: string): Detection[] {
    const result = detector.detectInBundle(text, learned);
    for (const [key, anyCase] of result.bundleKeys) learned.set(key, anyCase || (learned.get(key) ?? false));
    return result.detections;
  }

  return {
    anonymise: (text) => redact(text, detectAndLearn(text), book),
    detect: detectAndLearn,
    redact: (text, detections) => redact(text, detections, book),
    get learnedNameCount() {
      return learned.size;
    },
  };
}
