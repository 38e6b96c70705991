import { describe, expect, it } from 'vitest';
import type { Mask } from '../../../shared/masks/schemas';
import { OUTREACH_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';

const WORDS = 'My daughter Ruby saw Dr Okafor at St Mary\'s. Ring me on 07723 418 906 😀 please.';

const masksOf = (review: { proposed: Mask[] }) => review.proposed.map((m) => WORDS.slice(m.start, m.end));

describe('checking a story’s masks', () => {
  it('proposes masks over the original words, with confidence, and leaves allow-listed places alone', async () => {
    const s = await storeWithPeople();
    const { id } = s.stories.save(story({ text: WORDS }));
    const review = s.masks.review(id);
    expect(review).toMatchObject({ state: 'unchecked', revision: 1, text: WORDS, accepted: null });
    expect(masksOf(review)).toEqual(expect.arrayContaining(['Ruby', 'Okafor', '07723 418 906']));
    expect(masksOf(review).some((text) => text.includes('Mary'))).toBe(false);
    expect(review.proposed.every((m) => m.origin === 'detected' && ['high', 'low'].includes(m.confidence))).toBe(true);
  });

  it('records who checked which masks, and a correction to the words voids the check', async () => {
    const s = await storeWithPeople();
    const { id } = s.stories.save(story({ text: WORDS }));
    const review = s.masks.review(id);
    const extra: Mask = { start: WORDS.indexOf('St Mary'), end: WORDS.indexOf("'s."), type: 'ADDRESS', origin: 'added', confidence: 'high', rule: 'checker' };
    const checked = s.masks.saveCheck(id, 1, [...review.proposed, extra]);
    expect(checked).toMatchObject({ state: 'checked', checkedByName: 'Ada Admin' });
    expect(checked.accepted).toHaveLength(review.proposed.length + 1);
    expect(s.masks.checkedMasks(id)?.masks).toHaveLength(review.proposed.length + 1);
    expect(s.stories.get(id).history.at(-1)).toMatchObject({ action: 'masks.check', details: { added: 1 } });

    s.stories.revise(id, WORDS.replace('Ruby', 'Ruby Jones'), 'Added the surname the person gave');
    expect(s.masks.review(id).state).toBe('stale');
    expect(s.masks.checkedMasks(id)).toBeNull();
    expect(() => s.masks.saveCheck(id, 1, review.proposed)).toThrow(/corrected while you were checking/);
  });

  it('carries the masks accepted before a correction onto the corrected words, for the next check to start from', async () => {
    const s = await storeWithPeople();
    const { id } = s.stories.save(story({ text: WORDS }));
    const added: Mask = { start: WORDS.indexOf('St Mary'), end: WORDS.indexOf("'s."), type: 'ADDRESS', origin: 'added', confidence: 'high', rule: 'checker' };
    s.masks.saveCheck(id, 1, [...s.masks.review(id).proposed, added]);
    const corrected = `Last spring: ${WORDS}`;
    s.stories.revise(id, corrected, 'Added when it happened');
    const review = s.masks.review(id);
    expect(review.state).toBe('stale');
    const carriedText = (review.carried ?? []).map((m) => corrected.slice(m.start, m.end));
    expect(carriedText).toEqual(expect.arrayContaining(['Ruby', 'Okafor', 'St Mary', '07723 418 906']));
    expect(review.carried?.find((m) => m.origin === 'added')).toMatchObject({ type: 'ADDRESS', start: corrected.indexOf('St Mary') });
    // Carried masks are only a starting point: the story stays unchecked until someone checks it.
    expect(s.masks.checkedMasks(id)).toBeNull();
  });

  it('voids a check when the masks are changed behind its back', async () => {
    const s = await storeWithPeople();
    const { id } = s.stories.save(story({ text: WORDS }));
    s.masks.saveCheck(id, 1, s.masks.review(id).proposed);
    s.store.requireDb().prepare('DELETE FROM story_masks WHERE story_id = ? AND start = (SELECT min(start) FROM story_masks WHERE story_id = ?)').run(id, id);
    expect(s.masks.review(id).state).toBe('stale');
    expect(s.masks.checkedMasks(id)).toBeNull();
  });

  it('refuses overlapping masks, masks past the end, and an edge inside an emoji', async () => {
    const s = await storeWithPeople();
    const { id } = s.stories.save(story({ text: WORDS }));
    const mask = (start: number, end: number): Mask => ({ start, end, type: 'PERSON', origin: 'added', confidence: 'high', rule: 'checker' });
    expect(() => s.masks.saveCheck(id, 1, [mask(0, 5), mask(3, 8)])).toThrow(/overlap/);
    expect(() => s.masks.saveCheck(id, 1, [mask(0, WORDS.length + 1)])).toThrow(/past the end/);
    const emoji = WORDS.indexOf('😀');
    expect(() => s.masks.saveCheck(id, 1, [mask(emoji, emoji + 1)])).toThrow(/inside a character/);
    expect(s.masks.review(id).state).toBe('unchecked');
  });

  it('lists the stories still to check, and only staff may check', async () => {
    const s = await storeWithPeople();
    const a = s.stories.save(story({ text: WORDS }));
    const b = s.stories.save(story({ text: 'Nothing identifying in here.' }));
    s.masks.saveCheck(b.id, 1, []);
    expect(s.masks.listToCheck({ state: 'needs-check', limit: 10 }).items.map((i) => i.id)).toEqual([a.id]);
    expect(s.masks.listToCheck({ state: 'checked', limit: 10 }).items.map((i) => i.id)).toEqual([b.id]);
    await s.users.signIn(s.outreachId, OUTREACH_PIN);
    expect(() => s.masks.review(a.id)).toThrow(/role does not allow/);
  });

  it('masks known names and respects an edited allow-list', async () => {
    const s = await storeWithPeople();
    // "Bessie Tolland" here is a day centre named after a person; "zephyrine" a member of staff.
    const text = 'I liked zephyrine a lot, we go to Bessie Tolland most days';
    const { id } = s.stories.save(story({ text }));
    const before = s.masks.review(id).proposed.map((m) => text.slice(m.start, m.end));
    expect(before).toEqual(['Bessie Tolland']);
    const lists = s.masks.lists();
    s.masks.setLists({ allowList: [...lists.allowList, 'Bessie Tolland'], knownNames: ['Zephyrine'] });
    const after = s.masks.review(id).proposed.map((m) => text.slice(m.start, m.end));
    expect(after).toEqual(['zephyrine']);
  });
});
