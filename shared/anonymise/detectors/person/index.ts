import type { TextAnalysis } from '../../text/analysis';
import type { PhraseMatcher } from '../../text/phrases';
import type { Detection } from '../../types';
import { applyBareRules } from './bare';
import { LEVEL_HIGH, LEVEL_LOW, PersonContext } from './context';
import { applyCues } from './cues';
import { collectNameKeys, propagateNames, type NameKeys } from './propagate';
import { applyScriptRules } from './scripts';

export type { NameKeys } from './propagate';

export interface PersonOptions {
  allowList: PhraseMatcher;
  /** Staff's known names: always masked, as phrases and as single words. */
  knownNames: PhraseMatcher | null;
  knownKeys: NameKeys;
  /** Names found earlier in the same bundle. */
  bundleKeys?: NameKeys;
}

export interface PersonResult {
  detections: Detection[];
  /** Names found with high confidence that are safe to look for in later texts of the bundle. */
  bundleKeys: NameKeys;
}

function excludedTokens(analysis: TextAnalysis, others: readonly Detection[], allowList: PhraseMatcher): Uint8Array {
  const excluded = new Uint8Array(analysis.tokens.length);
  allowList.mark(analysis.tokens, excluded);
  const sorted = [...others].sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < analysis.tokens.length; i++) {
    const t = analysis.tokens[i]!;
    while (k < sorted.length && sorted[k]!.end <= t.start) k++;
    for (let m = k; m < sorted.length && sorted[m]!.start < t.end; m++) {
      if (sorted[m]!.end > t.start) {
        excluded[i] = 1;
        break;
      }
    }
  }
  return excluded;
}

/** Whether the name at `last` runs on into the next word: "Abdul Karim", "Smith-Jones", "A. Khan" (not "Kelly. Kelly"). */
function joinsName(ctx: PersonContext, last: number): boolean {
  const gap = ctx.gap(last + 1);
  if (gap === ' ' || gap === '-') return true;
  return gap === '. ' && ctx.token(last)!.coreEnd - ctx.token(last)!.start === 1;
}

function toDetections(ctx: PersonContext): Detection[] {
  const detections: Detection[] = [];
  for (let i = 0; i < ctx.n; i++) {
    if (!ctx.level[i]) continue;
    let last = i;
    let level = ctx.level[i]!;
    while (last + 1 < ctx.n && ctx.level[last + 1] && joinsName(ctx, last) && !ctx.token(last)!.possessive) {
      last++;
      level = Math.max(level, ctx.level[last]!);
    }
    detections.push({
      start: ctx.token(i)!.start,
      end: ctx.token(last)!.coreEnd,
      type: 'PERSON',
      confidence: level >= LEVEL_HIGH ? 'high' : 'low',
      rule: ctx.rules[i] ?? 'person',
    });
    i = last;
  }
  return detections;
}

export function detectPersons(analysis: TextAnalysis, others: readonly Detection[], options: PersonOptions): PersonResult {
  const ctx = new PersonContext(analysis, excludedTokens(analysis, others, options.allowList));
  if (options.knownNames && options.knownNames.count > 0) {
    const known = new Uint8Array(ctx.n);
    options.knownNames.mark(analysis.tokens, known);
    for (let i = 0; i < ctx.n; i++) {
      if (known[i] && ctx.classOf(i) !== 'none') {
        ctx.level[i] = LEVEL_HIGH;
        ctx.rules[i] = 'person.known';
      }
    }
  }
  applyCues(ctx);
  applyBareRules(ctx);
  const scriptNames = applyScriptRules(ctx);
  const keys = collectNameKeys(ctx, LEVEL_LOW);
  for (const [key, anyCase] of options.knownKeys) keys.set(key, anyCase || (keys.get(key) ?? false));
  // Names found with a strong cue ("The midwife, Paris,") are people wherever the text is not clearly about a place.
  const personKeys = new Set(collectNameKeys(ctx, LEVEL_HIGH).keys());
  propagateNames(ctx, keys, 'person.propagated', false, personKeys);
  if (options.bundleKeys) propagateNames(ctx, options.bundleKeys, 'person.bundle', true);
  const bundleKeys = new Map([...collectNameKeys(ctx, LEVEL_HIGH)].filter(([, anyCase]) => anyCase));
  return { detections: [...toDetections(ctx), ...scriptNames], bundleKeys };
}
