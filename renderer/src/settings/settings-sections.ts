import type { Role } from '../../../shared/users/schemas';
import { canEditPrompts, canManagePeople, canManageRegister, canReplaceRecoveryKey } from '../users/roles';

export const SETTINGS_SECTIONS = ['general', 'prompts', 'services', 'people', 'interests', 'my-declarations', 'my-pin', 'recovery-key', 'sync'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

/** The sections of Settings a role is offered. */
export function sectionsFor(role: Role | null): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((section) => {
    if (section === 'general') return true;
    if (role === null) return false;
    if (section === 'prompts') return canEditPrompts(role);
    if (section === 'services') return canManageRegister(role);
    if (section === 'people' || section === 'interests') return canManagePeople(role);
    if (section === 'recovery-key') return canReplaceRecoveryKey(role);
    return true;
  });
}

export function sectionFrom(sub: string | null, allowed: readonly SettingsSection[]): SettingsSection {
  return (allowed as readonly string[]).includes(sub ?? '') ? (sub as SettingsSection) : 'general';
}
