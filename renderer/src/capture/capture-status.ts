import type { CAPTURE_STATUSES } from '../../../shared/capture/vocabulary';

/** "Save" submits the story for review; "Save as draft" keeps it as a draft in the store. */
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];
