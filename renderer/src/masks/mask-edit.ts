/**
 * The checker's working copy of a story's masks: keep, remove, put back and add,
 * as pure functions over plain data. What is saved is exactly `toSaved(...)`.
 */
import type { EntityType } from '../../../shared/anonymise/types';
import type { Mask, MaskReview } from '../../../shared/masks/schemas';

/** 'kept': the checker accepted it (or it was proposed with high confidence); 'pending': not looked at yet. */
export type Decision = 'kept' | 'pending';

export interface WorkingMask extends Mask {
  /** Stable while the check screen is open: where the mask started, ended and what it was. */
  key: string;
  decision: Decision;
}

/** The rule recorded for a mask the checker added. */
export const ADDED_RULE = 'checker.added';

const keyOf = (mask: Pick<Mask, 'start' | 'end' | 'type'>) => `${mask.start}-${mask.end}-${mask.type}`;

const byStart = (a: Pick<Mask, 'start' | 'end'>, b: Pick<Mask, 'start' | 'end'>) => a.start - b.start || a.end - b.end;

/**
 * The masks to start from: what a person accepted, when the check still holds;
 * otherwise what the engine proposes, lower-confidence ones waiting to be looked at,
 * together with any masks accepted on earlier words that still fit (kept, since a
 * person chose them; engine proposals they overlap give way to them).
 * Overlapping proposals are joined, as the engine's own redaction joins them.
 */
export function startingMasks(review: Pick<MaskReview, 'state' | 'accepted' | 'proposed'> & Partial<Pick<MaskReview, 'carried'>>): WorkingMask[] {
  if (review.state === 'checked' && review.accepted) {
    return review.accepted.map((mask) => ({ ...mask, key: keyOf(mask), decision: 'kept' as const })).sort(byStart);
  }
  const carried = (review.carried ?? []).map((mask) => ({ ...mask, key: keyOf(mask), decision: 'kept' as const }));
  const clear = (mask: Mask) => carried.every((kept) => mask.end <= kept.start || mask.start >= kept.end);
  return [...carried, ...joinProposals(review.proposed.filter(clear))].sort(byStart);
}

function joinProposals(proposed: readonly Mask[]): WorkingMask[] {
  const joined: WorkingMask[] = [];
  for (const mask of [...proposed].sort(byStart)) {
    const last = joined.at(-1);
    if (last && mask.start < last.end) {
      const low = last.confidence === 'low' && mask.confidence === 'low';
      joined[joined.length - 1] = {
        ...last,
        end: Math.max(last.end, mask.end),
        confidence: low ? 'low' : 'high',
        decision: low ? 'pending' : 'kept',
        key: keyOf({ start: last.start, end: Math.max(last.end, mask.end), type: last.type }),
      };
    } else {
      joined.push({ ...mask, key: keyOf(mask), decision: mask.confidence === 'low' ? 'pending' : 'kept' });
    }
  }
  return joined;
}

/** The order masks are listed for checking: lower-confidence first, then by where they are in the words. */
export function checkingOrder(masks: readonly WorkingMask[]): WorkingMask[] {
  return [...masks].sort((a, b) => (a.confidence === b.confidence ? byStart(a, b) : a.confidence === 'low' ? -1 : 1));
}

export function keep(masks: readonly WorkingMask[], key: string, kept = true): WorkingMask[] {
  return masks.map((mask) => (mask.key === key ? { ...mask, decision: kept ? 'kept' : 'pending' } : mask));
}

export function remove(masks: readonly WorkingMask[], key: string): { masks: WorkingMask[]; removed: WorkingMask | null } {
  const removed = masks.find((mask) => mask.key === key) ?? null;
  return { masks: masks.filter((mask) => mask.key !== key), removed };
}

export interface Added {
  masks: WorkingMask[];
  /** The new mask (joined with any it overlapped). */
  mask: WorkingMask;
  /** How many existing masks it was joined with. */
  joined: number;
}

/**
 * Adds a mask over [start, end) as `type`. Masks must not overlap, so any it
 * overlaps are joined into it: the new mask covers all of them, as the chosen type.
 */
export function addMask(masks: readonly WorkingMask[], start: number, end: number, type: EntityType, origin: Mask['origin'] = 'added', base?: Pick<Mask, 'confidence' | 'rule'>): Added {
  const overlapped = masks.filter((mask) => mask.start < end && start < mask.end);
  const low = Math.min(start, ...overlapped.map((mask) => mask.start));
  const high = Math.max(end, ...overlapped.map((mask) => mask.end));
  const joinedAdded = overlapped.length > 0 ? 'added' : origin;
  const mask: WorkingMask = {
    start: low,
    end: high,
    type,
    origin: joinedAdded,
    confidence: joinedAdded === 'added' ? 'high' : (base?.confidence ?? 'high'),
    rule: joinedAdded === 'added' ? ADDED_RULE : (base?.rule ?? ADDED_RULE),
    key: keyOf({ start: low, end: high, type }),
    decision: 'kept',
  };
  const rest = masks.filter((existing) => !overlapped.includes(existing) && existing.key !== mask.key);
  return { masks: [...rest, mask].sort(byStart), mask, joined: overlapped.length };
}

/** Puts back a mask that was removed (joined with any added since that overlap it). */
export function putBack(masks: readonly WorkingMask[], removed: WorkingMask): Added {
  return addMask(masks, removed.start, removed.end, removed.type, removed.origin, removed);
}

/**
 * Other places the same words appear, as whole words, that no mask covers yet:
 * "Mrs Okafor" masked once is usually Mrs Okafor everywhere in the story.
 */
export function otherMentions(text: string, masks: readonly Pick<Mask, 'start' | 'end'>[], start: number, end: number): Array<{ start: number; end: number }> {
  const words = text.slice(start, end);
  if (words.trim() === '') return [];
  const found: Array<{ start: number; end: number }> = [];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + words.length)) {
    const stop = at + words.length;
    if (at === start) continue;
    if (isWordChar(text[at - 1]) || isWordChar(text[stop])) continue;
    if (masks.some((mask) => mask.start < stop && at < mask.end)) continue;
    if (at < end && start < stop) continue;
    found.push({ start: at, end: stop });
  }
  return found;
}

/** What saveMaskCheck receives: the masks in order, exactly as the checker left them. */
export function toSaved(masks: readonly WorkingMask[]): Mask[] {
  return [...masks].sort(byStart).map(({ start, end, type, origin, confidence, rule }) => ({ start, end, type, origin, confidence, rule }));
}

/** Lower-confidence masks the checker has not yet kept (or removed). */
export const pendingMasks = (masks: readonly WorkingMask[]): WorkingMask[] => checkingOrder(masks).filter((mask) => mask.decision === 'pending');
