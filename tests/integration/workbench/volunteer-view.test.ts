import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/core/handlers';
import { inProcessBackend } from '../../../main/ipc/backend';
import { createRouter } from '../../../main/ipc/router';
import { storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';

const WORDS = 'My neighbour Bernadette Okonkwo waited on the phone for an hour to book the dentist.';

/** Volunteers are tested through the IPC router, as the renderer reaches the services. */
async function setUp() {
  const s = await storeWithPeople();
  const router = createRouter(inProcessBackend(createHandlers(s)));
  const checked = s.stories.save(story({ text: WORDS })).id;
  const unchecked = s.stories.save(story({ text: 'Another dentist story, from Bernadette Okonkwo too.' })).id;
  s.masks.saveCheck(checked, 1, s.masks.review(checked).proposed);
  const waiting = s.codebook.list(false).find((c) => c.name === 'Getting through on the phone')!;
  s.tags.tag(checked, waiting.id, 'negative', null);
  await s.users.signIn(s.volunteerId, '9753');
  return { s, router, checked, unchecked, codeId: waiting.id };
}

describe('the volunteer view, through IPC', () => {
  it('shows only checked, anonymised words; never the original', async () => {
    const { router, checked, unchecked } = await setUp();
    const story = await router.handle('getRedactedStory', { id: checked });
    expect(story).toMatchObject({ ok: true });
    const text = (story as { value: { text: string } }).value.text;
    expect(text).toMatch(/^My neighbour \[PERSON 1\] waited on the phone/);
    expect(text).not.toContain('Bernadette');
    expect(await router.handle('getRedactedStory', { id: unchecked })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await router.handle('getStory', { id: checked })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await router.handle('getMaskReview', { id: checked })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await router.handle('listStories', { scope: 'all' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lists and searches anonymised words only: a masked name finds nothing', async () => {
    const { router, checked } = await setUp();
    const list = (await router.handle('searchStories', { query: '', filters: {} })) as { ok: true; value: { items: Array<Record<string, unknown>> } };
    expect(list.value.items.map((i) => i.id)).toEqual([checked]);
    expect(JSON.stringify(list.value)).not.toContain('Bernadette');
    expect(list.value.items[0]).toMatchObject({ recordedByName: null, eventName: null });
    const byName = (await router.handle('searchStories', { query: 'Bernadette', filters: {} })) as { ok: true; value: { items: unknown[] } };
    expect(byName.value.items).toEqual([]);
    const byWord = (await router.handle('searchStories', { query: 'dentist', filters: {} })) as { ok: true; value: { items: Array<{ id: string; snippet: string }> } };
    expect(byWord.value.items.map((i) => i.id)).toEqual([checked]);
    expect(byWord.value.items[0]!.snippet).not.toContain('Bernadette');
  });

  it('lets volunteers suggest themes, which staff accept or reject', async () => {
    const { s, router, checked, unchecked } = await setUp();
    const kindness = s.codebook.list(false).find((c) => c.name === 'Kindness and compassion')!;
    expect(await router.handle('suggestTag', { storyId: checked, codeId: kindness.id, sentiment: 'positive' })).toMatchObject({ ok: true });
    expect(await router.handle('suggestTag', { storyId: unchecked, codeId: kindness.id, sentiment: null })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await router.handle('tagStory', { storyId: checked, codeId: kindness.id, sentiment: null, passage: null })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await s.users.signIn(s.staffId, '8642');
    const pending = (await router.handle('listSuggestions', { status: 'pending' })) as { ok: true; value: Array<{ id: number }> };
    expect(pending.value).toHaveLength(1);
    await router.handle('decideSuggestion', { id: pending.value[0]!.id, accept: true });
    expect(s.tags.list(checked).map((t) => t.codeName)).toContain('Kindness and compassion');
  });

  it('loses sight of a story as soon as its words are corrected, until it is checked again', async () => {
    const { s, router, checked } = await setUp();
    await s.users.signIn(s.staffId, '8642');
    s.stories.revise(checked, `${WORDS} She is 84.`, 'More detail');
    await s.users.signIn(s.volunteerId, '9753');
    expect(await router.handle('getRedactedStory', { id: checked })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const found = (await router.handle('searchStories', { query: 'dentist', filters: {} })) as { ok: true; value: { items: unknown[] } };
    expect(found.value.items).toEqual([]);
  });

  it('never shows a story without anonymised words, even if a search index wrongly holds its words', async () => {
    const { s, router, unchecked } = await setUp();
    const db = s.store.requireDb();
    const seq = db.prepare('SELECT seq FROM stories WHERE id = ?').pluck().get(unchecked) as number;
    // As if the index had fallen out of step with story_redactions (it must not, but the guard is at what is shown).
    for (const index of ['story_redacted_fts', 'story_recent_redacted_fts']) db.prepare(`INSERT INTO ${index} (rowid, text) VALUES (?, ?)`).run(seq, 'Another dentist story, from Bernadette Okonkwo too.');
    const found = (await router.handle('searchStories', { query: 'Okonkwo', filters: {} })) as { ok: true; value: { items: unknown[] } };
    expect(found.value.items).toEqual([]);
  });
});
