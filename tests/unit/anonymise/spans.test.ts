import { describe, expect, it } from 'vitest';
import { detect, resolveOverlaps, type Detection } from '../../../shared/anonymise/index';

const d = (start: number, end: number, type: Detection['type']): Detection => ({ start, end, type, confidence: 'high', rule: 'test' });

describe('overlap resolution', () => {
  it('sorts and joins overlapping detections, keeping the more specific type', () => {
    const out = resolveOverlaps([d(10, 20, 'PERSON'), d(0, 5, 'DATE'), d(8, 30, 'EMAIL')]);
    expect(out.map((x) => [x.start, x.end, x.type])).toEqual([
      [0, 5, 'DATE'],
      [8, 30, 'EMAIL'],
    ]);
  });

  it('keeps touching detections apart and drops empty ones', () => {
    const out = resolveOverlaps([d(0, 5, 'PERSON'), d(5, 9, 'PERSON'), d(12, 12, 'DATE')]);
    expect(out.map((x) => [x.start, x.end])).toEqual([
      [0, 5],
      [5, 9],
    ]);
  });

  it('gives sorted, non-overlapping spans on a story full of identifiers', () => {
    const story =
      'I am Ayaan Jama, mother is Hawa Jama, NHS number 1454458178, we live at Flat 6, 54 Lisson Street, NW1 5DE, phone 07852 330 961, email ayaan.jama@example.com, review on 1st of April.';
    const spans = detect(story);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(spans.map((s) => s.type)).toEqual(['PERSON', 'PERSON', 'NHS_NUMBER', 'ADDRESS', 'POSTCODE', 'PHONE', 'EMAIL', 'DATE']);
  });
});
