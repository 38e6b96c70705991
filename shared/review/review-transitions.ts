/** Which status may follow which in the review workflow, and who may make each move. */
import type { StoryStatus } from '../capture/vocabulary';
import type { Role } from '../users/schemas';

export const REVIEW_TRANSITIONS: Record<StoryStatus, Partial<Record<StoryStatus, readonly Role[]>>> = {
  draft: { submitted: ['outreach', 'staff', 'admin'], archived: ['staff', 'admin'] },
  submitted: { 'in-review': ['staff', 'admin'], returned: ['staff', 'admin'], archived: ['staff', 'admin'] },
  'in-review': { approved: ['staff', 'admin'], returned: ['staff', 'admin'], submitted: ['staff', 'admin'], archived: ['staff', 'admin'] },
  approved: { 'in-review': ['staff', 'admin'], archived: ['staff', 'admin'] },
  returned: { submitted: ['outreach', 'staff', 'admin'], archived: ['staff', 'admin'] },
  archived: { 'in-review': ['staff', 'admin'] },
};
