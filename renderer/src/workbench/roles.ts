/**
 * Who may do what in the workbench, as the UI offers it. The services enforce the
 * same rules (tagging and the codebook are for staff and administrators).
 */
import type { Role } from '../../../shared/users/schemas';

export const canTag = (role: Role): boolean => role === 'staff' || role === 'admin';
export const canEditCodebook = canTag;
