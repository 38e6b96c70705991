import { carryMasks } from '../../../shared/masks/carry-masks';
import type { Mask } from '../../../shared/masks/schemas';

const maskOver = (text: string, words: string, type: Mask['type'] = 'PERSON', from = 0): Mask => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type, origin: 'added', confidence: 'high', rule: 'checker' };
};
const shown = (text: string, masks: Mask[]) => masks.map((m) => text.slice(m.start, m.end));

describe('carrying masks onto corrected words', () => {
  const before = 'Dr Patel said Amy should ring 0161 496 0000 about it.';

  it('keeps masks before the change where they were and moves those after it', () => {
    const masks = [maskOver(before, 'Dr Patel'), maskOver(before, '0161 496 0000', 'PHONE')];
    const after = before.replace('should ring', 'must, she said, ring');
    const carried = carryMasks(before, after, masks);
    expect(shown(after, carried)).toEqual(['Dr Patel', '0161 496 0000']);
    expect(carried[0]).toMatchObject({ start: 0, type: 'PERSON', origin: 'added' });
  });

  it('finds a mask inside the changed part when its words are still there, and drops it when they are gone', () => {
    const masks = [maskOver(before, 'Amy')];
    expect(shown('Dr Patel said that Amy should ring.', carryMasks(before, 'Dr Patel said that Amy should ring.', masks))).toEqual(['Amy']);
    expect(carryMasks(before, 'Dr Patel said nothing.', masks)).toEqual([]);
  });

  it('never carries two masks onto the same words', () => {
    const text = 'Amy and Amy';
    const masks = [maskOver(text, 'Amy'), maskOver(text, 'Amy', 'PERSON', 1)];
    const after = 'Amy, only Amy';
    const carried = carryMasks(text, after, masks);
    expect(carried.map((m) => m.start)).toEqual([0, after.lastIndexOf('Amy')]);
  });

  it('changes nothing when the words are the same', () => {
    const masks = [maskOver(before, 'Amy'), maskOver(before, 'Dr Patel')];
    expect(carryMasks(before, before, masks)).toEqual([...masks].sort((a, b) => a.start - b.start));
  });
});
