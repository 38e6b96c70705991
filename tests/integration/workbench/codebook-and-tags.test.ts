import { describe, expect, it } from 'vitest';
import { storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';

const byName = (codes: Array<{ name: string; id: string; parentId: string | null }>, name: string) => codes.find((c) => c.name === name)!;

describe('the codebook', () => {
  it('starts with the default themes and sub-themes', async () => {
    const s = await storeWithPeople();
    const codes = s.codebook.list(false);
    const themes = codes.filter((c) => c.parentId === null).map((c) => c.name);
    expect(themes).toEqual(expect.arrayContaining(['Access to services', 'Waiting times', 'Caring, kindness, respect and dignity', 'Digital access']));
    expect(themes).toHaveLength(15);
    expect(byName(codes, 'Waiting lists for treatment').parentId).toBe(byName(codes, 'Waiting times').id);
  });

  it('adds, renames, moves and retires codes, keeping every change in the history', async () => {
    const s = await storeWithPeople();
    const waiting = byName(s.codebook.list(false), 'Waiting times');
    const added = s.codebook.create('Waiting in the car park', waiting.id, null);
    s.codebook.rename(added.id, 'Waiting outside');
    s.codebook.move(added.id, null);
    s.codebook.retire(added.id, true);
    expect(s.codebook.list(false).some((c) => c.id === added.id)).toBe(false);
    expect(s.codebook.history(added.id).map((h) => h.action)).toEqual(['retire', 'move', 'rename', 'create']);
    expect(s.codebook.history(added.id)[2]).toMatchObject({ details: { from: 'Waiting in the car park', to: 'Waiting outside' }, byName: 'Ada Admin' });
  });

  it('merges a code into another, moving its tags, and refuses to merge into itself or its own sub-theme', async () => {
    const s = await storeWithPeople();
    const codes = s.codebook.list(false);
    const parking = byName(codes, 'Parking');
    const transport = byName(codes, 'Patient transport');
    const a = s.stories.save(story({ text: 'No parking spaces at all.' })).id;
    const b = s.stories.save(story({ text: 'Parking and the transport both failed.' })).id;
    s.tags.tag(a, parking.id, 'negative', null);
    s.tags.tag(b, parking.id, 'negative', null);
    s.tags.tag(b, transport.id, 'negative', null);
    s.codebook.merge(parking.id, transport.id);
    expect(s.tags.list(a).map((t) => t.codeName)).toEqual(['Patient transport']);
    expect(s.tags.list(b).map((t) => t.codeName)).toEqual(['Patient transport']);
    expect(s.codebook.get(parking.id)).toMatchObject({ retired: true, mergedInto: transport.id });
    expect(s.codebook.history(parking.id)[0]).toMatchObject({ action: 'merge', details: { tagsMoved: 1, duplicateTagsJoined: 1 } });

    const waiting = byName(codes, 'Waiting times');
    const lists = byName(codes, 'Waiting lists for treatment');
    expect(() => s.codebook.merge(waiting.id, waiting.id)).toThrow(/into itself/);
    expect(() => s.codebook.merge(waiting.id, lists.id)).toThrow(/its own sub-themes/);
    expect(() => s.codebook.move(waiting.id, byName(codes, 'Cost').id)).toThrow(/cannot become a sub-theme/);
  });

  it('lets only staff change the codebook', async () => {
    const s = await storeWithPeople();
    await s.users.signIn(s.volunteerId, '9753');
    expect(() => s.codebook.create('Anything', null, null)).toThrow(/role does not allow/);
  });
});

describe('tags', () => {
  it('tags a story with themes, each with its own sentiment, plus an overall sentiment', async () => {
    const s = await storeWithPeople();
    const codes = s.codebook.list(false);
    const id = s.stories.save(story({ text: 'Lovely nurses, terrible wait.' })).id;
    s.tags.tag(id, byName(codes, 'Kindness and compassion').id, 'positive', null);
    s.tags.tag(id, byName(codes, 'Waiting on the day').id, 'negative', null);
    // Tagging again with the same code updates its sentiment rather than adding a twin.
    const tags = s.tags.tag(id, byName(codes, 'Waiting on the day').id, 'mixed', null);
    expect(tags.map((t) => [t.codeName, t.parentName, t.sentiment])).toEqual([
      ['Kindness and compassion', 'Caring, kindness, respect and dignity', 'positive'],
      ['Waiting on the day', 'Waiting times', 'mixed'],
    ]);
    s.tags.setOverallSentiment(id, 'mixed');
    expect(s.search.search({ query: '', filters: { sentiments: ['mixed'] }, limit: 5 }).items.map((i) => i.id)).toEqual([id]);
    expect(s.search.search({ query: '', filters: { codeIds: [byName(codes, 'Waiting times').id] }, limit: 5 }).items).toHaveLength(1);
  });

  it('tags a passage without changing the words, and refuses a range outside them', async () => {
    const s = await storeWithPeople();
    const words = `${'Long story. '.repeat(8000)}The receptionist was rude.`;
    const id = s.stories.save(story({ text: words })).id;
    const code = byName(s.codebook.list(false), 'Staff attitude').id;
    const start = words.indexOf('The receptionist');
    const tags = s.tags.tag(id, code, 'negative', { start, end: words.length, revision: 1 });
    expect(tags[0]!.passage).toEqual({ start, end: words.length, revision: 1 });
    expect(s.stories.get(id).text).toBe(words);
    expect(() => s.tags.tag(id, code, null, { start: 0, end: words.length + 1, revision: 1 })).toThrow(/past the end/);
    s.stories.revise(id, `${words} Really rude.`, 'More said');
    expect(() => s.tags.tag(id, code, null, { start, end: start + 5, revision: 1 })).toThrow(/corrected since you selected/);
  });
});

describe('the review workflow', () => {
  it('moves stories through review, returns them with a reason, and audits each step', async () => {
    const s = await storeWithPeople();
    await s.users.signIn(s.outreachId, '1357');
    const id = s.stories.save(story()).id;
    await s.users.signIn(s.staffId, '8642');
    s.review.setStatus(id, 'in-review', null);
    expect(() => s.review.setStatus(id, 'returned', '  ')).toThrow(/Say why/);
    s.review.setStatus(id, 'returned', 'Please check the date heard');
    s.tags.setOverallSentiment(id, 'mixed');
    await s.users.signIn(s.outreachId, '1357');
    const mine = s.search.search({ query: '', filters: { statuses: ['returned'] }, limit: 5 }).items;
    expect(mine).toMatchObject([{ id, returnReason: 'Please check the date heard' }]);
    // The story itself tells its recorder why it came back, and how review read it.
    expect(s.stories.get(id)).toMatchObject({ status: 'returned', returnReason: 'Please check the date heard', sentiment: 'mixed' });
    expect(() => s.review.setStatus(id, 'approved', null)).toThrow(/cannot be moved to approved/);
    s.review.setStatus(id, 'submitted', null);
    await s.users.signIn(s.staffId, '8642');
    s.review.setStatus(id, 'in-review', null);
    s.review.setStatus(id, 'approved', null);
    const steps = s.stories.get(id).history.filter((h) => h.action === 'story.status-change').map((h) => h.details.to);
    expect(steps).toEqual(['in-review', 'returned', 'submitted', 'in-review', 'approved']);
  });
});

describe('double coding', () => {
  it("reports Cohen's kappa per theme for two reviewers' independent coding", async () => {
    const s = await storeWithPeople();
    const codes = s.codebook.list(false);
    const waiting = byName(codes, 'Waiting on the day').id;
    const lists = byName(codes, 'Waiting lists for treatment').id;
    const kindness = byName(codes, 'Kindness and compassion').id;
    const stories = Array.from({ length: 4 }, (_, i) => s.stories.save(story({ text: `Story ${i}` })).id);
    const sample = s.agreement.create('November sample', stories, s.adminId, s.staffId);
    // Ada codes as admin.
    [[waiting], [waiting, kindness], [], [kindness]].forEach((c, i) => s.agreement.code(sample.id, stories[i]!, c));
    await s.users.signIn(s.staffId, '8642');
    // Sam uses a different sub-theme of the same theme on story 0: it still agrees on "Waiting times".
    [[lists], [waiting], [], [kindness]].forEach((c, i) => s.agreement.code(sample.id, stories[i]!, c));
    const report = s.agreement.report(sample.id);
    expect(report).toMatchObject({ stories: 4, codedByBoth: 4 });
    const byTheme = Object.fromEntries(report.themes.map((t) => [t.name, t]));
    expect(byTheme['Waiting times']).toMatchObject({ kappa: 1, agreement: 1 });
    expect(byTheme['Caring, kindness, respect and dignity']!.kappa).toBeCloseTo(0.5, 10);
    await s.users.signIn(s.outreachId, '1357');
    expect(() => s.agreement.report(sample.id)).toThrow(/role does not allow/);
  });
});
