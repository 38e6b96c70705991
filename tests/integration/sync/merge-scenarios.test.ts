/** Three laptops, one server: the merge's rules hold both ways, and nothing is repeated or lost. */
import { expect, it } from 'vitest';
import { story } from '../../helpers/story-fixture';
import { describeWithServer, freshServer, organisation, syncOnce } from './sync-fixture';

const conflictCount = (laptop: { store: { requireDb(): { prepare(sql: string): { pluck(): { get(): unknown } } } } }) =>
  laptop.store.requireDb().prepare('SELECT count(*) FROM story_conflicts WHERE resolved_at IS NULL').pluck().get();

describeWithServer('sync merges as the transfer import does', () => {
  it('keeps both versions of words changed on two laptops at once, for a person to choose, and converges after', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    const saved = officeA.stories.save(story({ text: 'First words.' }));
    await syncOnce(officeA);
    await syncOnce(officeB);
    officeA.stories.revise(saved.id, 'First words, as A heard them.', 'A');
    officeB.stories.revise(saved.id, 'First words, as B heard them.', 'B');
    await syncOnce(officeA);
    expect((await syncOnce(officeB)).conflicts).toBe(1);
    expect((await syncOnce(officeA)).conflicts).toBe(1);
    for (const laptop of [officeA, officeB]) {
      const texts = laptop.stories.get(saved.id).revisions.map((r) => r.text).sort();
      expect(texts).toEqual(['First words, as A heard them.', 'First words, as B heard them.', 'First words.']);
      expect(conflictCount(laptop)).toBe(1);
    }
    // Each laptop keeps its own words current until a person chooses.
    expect(officeA.stories.get(saved.id).text).toBe('First words, as A heard them.');
    expect(officeB.stories.get(saved.id).text).toBe('First words, as B heard them.');
    // Syncing again repeats nothing: no revision arrives twice.
    await syncOnce(officeB);
    await syncOnce(officeA);
    expect(officeA.stories.get(saved.id).revisions).toHaveLength(3);
    expect(officeB.stories.get(saved.id).revisions).toHaveLength(3);
  });

  it('takes a correction made on one laptop and a review made on the other, with no conflict', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    const saved = officeA.stories.save(story({ text: 'I waited weeks.' }));
    await syncOnce(officeA);
    await syncOnce(officeB);
    officeB.stories.revise(saved.id, 'I waited three weeks.', 'Heard the rest');
    officeA.review.setStatus(saved.id, 'in-review', null);
    await syncOnce(officeB);
    expect((await syncOnce(officeA)).conflicts).toBe(0);
    expect((await syncOnce(officeB)).conflicts).toBe(0);
    for (const laptop of [officeA, officeB]) {
      const copy = laptop.stories.get(saved.id);
      expect(copy.text).toBe('I waited three weeks.');
      expect(copy.status).toBe('in-review');
      expect(conflictCount(laptop)).toBe(0);
    }
  });

  it('brings a laptop that was offline for a week and a half up to date, in order, in a dozen batches, exactly once', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    await syncOnce(officeB);
    const ids: string[] = [];
    for (let day = 0; day < 11; day += 1) {
      for (let i = 0; i < 100; i += 1) ids.push(officeA.stories.save(story({ text: `Day ${day}, story ${i}.`, heardOn: `2026-11-${10 + day}` })).id);
      await syncOnce(officeA);
    }
    const third = officeA.stories.save(story({ text: 'Edited later.' }));
    officeA.stories.revise(third.id, 'Edited later, twice.', 'again');
    await syncOnce(officeA);
    const report = await syncOnce(officeB);
    expect(report.received).toBe(1101);
    expect(report.applied).toBe(1101);
    const db = officeB.store.requireDb();
    expect(db.prepare('SELECT count(*) FROM stories').pluck().get()).toBe(1101);
    expect(db.prepare('SELECT count(*) FROM story_revisions').pluck().get()).toBe(1102);
    expect(officeB.stories.get(third.id).text).toBe('Edited later, twice.');
    expect((await syncOnce(officeB)).received).toBe(0);
  });
});
