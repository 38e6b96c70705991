import type { Detection, EntityType } from './types';

/** When two detections overlap, the stretch is masked once, as the more specific type. */
const PRIORITY: Readonly<Record<EntityType, number>> = {
  EMAIL: 9,
  URL: 8,
  NHS_NUMBER: 7,
  NINO: 7,
  PHONE: 6,
  POSTCODE: 5,
  ADDRESS: 4,
  DATE: 3,
  PERSON: 2,
};

/**
 * Sorted, non-overlapping detections. Overlapping ones are joined into one stretch covering
 * both (so every letter of either stays masked), typed by the higher-priority detection.
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const sorted = detections
    .filter((d) => d.end > d.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[b.type] - PRIORITY[a.type]);
  const out: Detection[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) {
      const winner = PRIORITY[d.type] > PRIORITY[last.type] ? d : last;
      out[out.length - 1] = {
        start: last.start,
        end: Math.max(last.end, d.end),
        type: winner.type,
        confidence: last.confidence === 'high' || d.confidence === 'high' ? 'high' : 'low',
        rule: winner.rule,
      };
    } else {
      out.push({ ...d });
    }
  }
  return out;
}
