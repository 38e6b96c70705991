import type { CaptureValues } from './capture-values';
import type { CaptureProblem } from './validate-story';

/** What each part of the capture form is given. */
export interface SectionProps {
  values: CaptureValues;
  update(change: (values: CaptureValues) => CaptureValues): void;
  problems: readonly CaptureProblem[];
}
