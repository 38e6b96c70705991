import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../shared/anonymise/index';

// Stories written for these tests, with every identifier marked as {{TYPE|text}} (or
// {{TYPE|text|part}} when only part of the text is the identifier). Scored the way the
// project's evaluation scores: an identifier counts as caught only when every letter and
// digit of it is masked, and a mask counts as right when it touches a marked identifier.

interface Story {
  text: string;
  spans: { start: number; end: number; value: string }[];
}

function loadStories(file: string): Story[] {
  const stories: Story[] = [];
  for (const line of readFileSync(join(__dirname, 'fixtures', file), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    let text = '';
    const spans: Story['spans'] = [];
    let last = 0;
    for (const m of line.matchAll(/\{\{([A-Z_]+)\|([^|}]+)(?:\|([^}]+))?\}\}/g)) {
      text += line.slice(last, m.index);
      const display = m[2]!;
      const masked = m[3] ?? display;
      const offset = display.indexOf(masked);
      spans.push({ start: text.length + offset, end: text.length + offset + masked.length, value: masked });
      text += display;
      last = m.index + m[0].length;
    }
    stories.push({ text: text + line.slice(last), spans });
  }
  return stories;
}

function score(stories: Story[]): { recall: number; precision: number; misses: string[]; falseMasks: string[] } {
  let caught = 0;
  let total = 0;
  let masks = 0;
  let rightMasks = 0;
  const misses: string[] = [];
  const falseMasks: string[] = [];
  for (const story of stories) {
    const found = detect(story.text);
    for (const gold of story.spans) {
      total++;
      let ok = true;
      for (let i = gold.start; i < gold.end; i++) {
        if (/[\p{L}\p{N}]/u.test(story.text[i]!) && !found.some((d) => d.start <= i && i < d.end)) ok = false;
      }
      if (ok) caught++;
      else misses.push(gold.value);
    }
    for (const d of found) {
      masks++;
      if (story.spans.some((g) => g.start < d.end && d.start < g.end)) rightMasks++;
      else falseMasks.push(story.text.slice(d.start, d.end));
    }
  }
  return { recall: total ? caught / total : 1, precision: masks ? rightMasks / masks : 1, misses, falseMasks };
}

describe('invented stories', () => {
  it('masks at least 97% of identifiers with at least 90% of masks right', () => {
    const result = score(loadStories('invented-stories.txt'));
    expect(result.misses).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(0.97);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('still finds most identifiers when the same stories are written in capitals or without capitals', () => {
    // Writers who shout or never use the shift key: the rules must lean on the name lists
    // and cues, not on capital letters, without turning ordinary capitalised words into names.
    for (const restyle of [(t: string) => t.toUpperCase(), (t: string) => t.toLowerCase()]) {
      const stories = loadStories('invented-stories.txt')
        .filter((story) => restyle(story.text).length === story.text.length)
        .map((story) => ({ ...story, text: restyle(story.text) }));
      const result = score(stories);
      expect(result.recall).toBeGreaterThanOrEqual(0.95);
      expect(result.precision).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('leaves hospitals, places, shops, conditions and word-names alone', () => {
    const result = score(loadStories('invented-negatives.txt'));
    expect(result.misses).toEqual([]);
    expect(result.falseMasks.length).toBeLessThanOrEqual(2);
  });
});
