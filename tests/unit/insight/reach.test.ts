import { describe, expect, it } from 'vitest';
import { answerOf, reachTopic, tallyAnswers } from '../../../shared/insight/reach';

const source = { publisher: 'ONS', dataset: 'TS008 Sex', licence: 'OGL', route: 'test' };

describe('who was heard beside the population', () => {
  it('keeps prefer not to say and not asked apart, and out of the shares', () => {
    const tally = tallyAnswers([
      { equality: { sex: 'female' }, stories: 3 },
      { equality: { sex: 'male' }, stories: 1 },
      { equality: { sex: 'prefer-not-to-say' }, stories: 2 },
      { equality: {}, stories: 4 },
    ]);
    const topic = reachTopic('sex', tally.sex, { figures: { total: 200, counts: { female: 104, male: 96 } }, source, imported: false });
    expect(topic).toMatchObject({ available: true, answered: 4, preferNotToSay: 2, notAsked: 4, populationTotal: 200 });
    if (!topic.available) throw new Error('expected a table');
    expect(topic.groups).toEqual([
      { key: 'female', heard: 3, heardShare: 0.75, population: 104, populationShare: 0.52 },
      { key: 'male', heard: 1, heardShare: 0.25, population: 96, populationShare: 0.48 },
    ]);
  });

  it('compares under 18 and 18 to 24 together, as the census bands allow', () => {
    const tally = tallyAnswers([{ equality: { ageBand: 'under-18' }, stories: 1 }, { equality: { ageBand: '18-24' }, stories: 1 }]);
    const counts = Object.fromEntries(['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85+'].map((band) => [band, 10]));
    const topic = reachTopic('age', tally.age, { figures: { total: 180, counts }, source, imported: false });
    if (!topic.available) throw new Error('expected a table');
    expect(topic.groups[0]).toEqual({ key: 'under-25', heard: 2, heardShare: 1, population: 50, populationShare: 50 / 180 });
  });

  it('says so when there is no table, still counting the answers', () => {
    const topic = reachTopic('ethnicity', tallyAnswers([{ equality: { ethnicity: 'white-irish' }, stories: 2 }]).ethnicity, null);
    expect(topic).toEqual({ topic: 'ethnicity', table: 'TS021', available: false, answered: 2, preferNotToSay: 0, notAsked: 0 });
  });

  it('counts a main language as English only when the answer is the word English', () => {
    expect(answerOf('language', { firstLanguage: 'English' })).toBe('english');
    expect(answerOf('language', { firstLanguage: ' english ' })).toBe('english');
    expect(answerOf('language', { firstLanguage: 'Bengali (Sylheti)' })).toBe('other');
    expect(answerOf('language', { firstLanguage: 'prefer-not-to-say' })).toBe('prefer-not-to-say');
    expect(answerOf('language', {})).toBe('not-asked');
  });
});
