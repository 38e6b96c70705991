/**
 * The Export area's sections and who is offered which. Everything that leaves or
 * enters a laptop goes through here as a bundle file. The services enforce the
 * same rules; this only keeps people from being offered what they cannot do.
 */
import type { Role } from '../../../shared/users/schemas';

export const EXPORT_SECTIONS = ['intelligence', 'transfer', 'packs', 'survey', 'archive'] as const;
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

export function exportSectionsFor(role: Role | null | undefined): ExportSection[] {
  if (role === 'admin') return [...EXPORT_SECTIONS];
  if (role === 'staff') return ['intelligence', 'transfer', 'packs', 'survey'];
  if (role === 'outreach') return ['transfer'];
  if (role === 'volunteer') return ['packs'];
  return [];
}

/** The section an address asks for, among those offered (else the first offered). */
export function exportSectionOf(sub: string | null, role: Role | null | undefined): ExportSection | null {
  const sections = exportSectionsFor(role);
  const wanted = (sub ?? '').split('/')[0];
  return sections.find((section) => section === wanted) ?? sections[0] ?? null;
}
