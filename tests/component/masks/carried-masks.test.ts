import { startingMasks } from '../../../renderer/src/masks/mask-edit';
import type { Mask } from '../../../shared/masks/schemas';

const mask = (start: number, end: number, type: Mask['type'], confidence: Mask['confidence'] = 'high'): Mask => ({ start, end, type, origin: 'detected', confidence, rule: 'test.rule' });

describe('starting a new check after the words were corrected', () => {
  it('starts from the masks accepted before, kept, with engine proposals they overlap giving way', () => {
    const carried = [{ ...mask(10, 20, 'ADDRESS'), origin: 'added' as const }];
    const proposed = [mask(12, 18, 'PERSON'), mask(30, 35, 'PERSON', 'low')];
    const masks = startingMasks({ state: 'stale', accepted: null, carried, proposed });
    expect(masks.map(({ start, end, type, origin, decision }) => ({ start, end, type, origin, decision }))).toEqual([
      { start: 10, end: 20, type: 'ADDRESS', origin: 'added', decision: 'kept' },
      { start: 30, end: 35, type: 'PERSON', origin: 'detected', decision: 'pending' },
    ]);
  });
});
