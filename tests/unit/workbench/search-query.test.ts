import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../shared/workbench/search-query';

const fts = (q: string) => {
  const result = parseSearchQuery(q);
  if (!result.ok) throw new Error(result.message);
  return result.fts;
};
const problem = (q: string) => {
  const result = parseSearchQuery(q);
  return result.ok ? null : result.message;
};

describe('the search language', () => {
  it('quotes every word so punctuation is searched for, not parsed', () => {
    expect(fts('waiting room')).toBe('"waiting" AND "room"');
    expect(fts('A&E')).toBe('"A&E"');
    expect(fts("don't")).toBe('"don\'t"');
    expect(fts('NEAR(x y) col:thing ^start')).toBe('"NEAR" AND ( "x" AND "y" ) AND "col:thing" AND "^start"');
  });

  it('keeps prefixes, phrases and operators', () => {
    expect(fts('dent*')).toBe('"dent"*');
    expect(fts('"waiting list" OR parking NOT cost')).toBe('"waiting list" OR "parking" NOT "cost"');
    expect(fts('(gp OR surgery) online')).toBe('( "gp" OR "surgery" ) AND "online"');
    expect(fts('say "hello ""there"""')).toContain('"hello "');
  });

  it('treats lower-case and/or/not as words', () => {
    expect(fts('care and support')).toBe('"care" AND "and" AND "support"');
  });

  it('explains each mistake in plain English', () => {
    expect(problem('"waiting list')).toMatch(/quotation mark is not closed/);
    expect(problem('(gp OR surgery')).toMatch(/bracket \( is not closed/);
    expect(problem('gp)')).toMatch(/closing bracket \) has no opening/);
    expect(problem('OR parking')).toMatch(/OR needs words before it/);
    expect(problem('parking AND')).toMatch(/AND needs words after it/);
    expect(problem('()')).toMatch(/Brackets must have words/);
    expect(problem('   ')).toMatch(/Type a word/);
    expect(problem('*')).toMatch(/\* must follow the start of a word/);
    expect(problem('x'.repeat(1001))).toMatch(/too long/);
  });
});
