import { F } from '../../lexicon/lexicon';
import { LEVEL_LOW, type PersonContext } from './context';

/** Words after a sentence-initial "Will", "Hope", "May" or "Mark" that show it is the ordinary word. */
const WORD_USE_FOLLOWERS = new Set(['they', 'you', 'we', 'i', 'he', 'she', 'it', 'my', 'your', 'our', 'their', 'this', 'that', 'the', 'a', 'an', 'to', 'so', 'not', 'there', 'all', 'be']);

/** A name key and whether it can be matched in any case (it is not also an ordinary word or place). */
export type NameKeys = Map<string, boolean>;

/** Keys of every word marked as a name, for propagation within the text and the bundle. */
export function collectNameKeys(ctx: PersonContext, minimumLevel: number): NameKeys {
  const keys: NameKeys = new Map();
  for (let i = 0; i < ctx.n; i++) {
    if (ctx.level[i]! < minimumLevel) continue;
    const t = ctx.token(i)!;
    if (t.key.length < 2 || ctx.flagsAt(i) & F.PARTICLE || /^\p{Lu}$/u.test(t.text)) continue;
    const c = ctx.classOf(i);
    const anyCase = c === 'strong' || c === 'unknown';
    keys.set(t.key, (keys.get(t.key) ?? false) || anyCase);
  }
  return keys;
}

/**
 * Masks every other mention of a known name: "Kelly" after "the receptionist, Kelly,".
 * A name that is also a word or a place ("Hope", "Victoria") is matched only where it
 * is capitalised and not used as a place ("the Victoria line", "round Victoria").
 */
export function propagateNames(ctx: PersonContext, keys: NameKeys, rule: string, capitalisedOnly = false): void {
  if (keys.size === 0) return;
  for (let i = 0; i < ctx.n; i++) {
    if (ctx.level[i]) continue;
    const t = ctx.token(i)!;
    const anyCase = keys.get(t.key);
    if (anyCase === undefined) continue;
    const c = ctx.classOf(i);
    if (c === 'none') continue;
    const capitalised = t.shape === 'title' || t.shape === 'upper';
    if (anyCase && !capitalisedOnly) {
      if (!capitalised && t.key.length < 3) continue;
    } else {
      if (!capitalised) continue;
      if (ctx.followedByFacility(i) || ctx.precededByPlaceWord(i)) continue;
      if (t.sentenceStart && WORD_USE_FOLLOWERS.has(ctx.token(i + 1)?.key ?? '')) continue; // "Will they", "Hope you"
    }
    ctx.markName(i, LEVEL_LOW, rule);
  }
}
