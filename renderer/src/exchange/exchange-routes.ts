/**
 * The two areas through which files leave and arrive, named after what a person
 * does: Share (bundles for stakeholders, a transfer file for another laptop, review
 * packs for volunteers, the advisory board's pack and the published register of
 * interests, the archive) and Bring in (transfer files, volunteers'
 * results, survey exports). Each section is one capability's screen. The services
 * enforce the same rules; this only keeps people from being offered what they
 * cannot do.
 */
import type { Role } from '../../../shared/users/schemas';

export const SHARE_SECTIONS = ['intelligence', 'transfer', 'packs', 'board', 'archive'] as const;
export const BRING_IN_SECTIONS = ['transfer', 'results', 'survey'] as const;
export type ShareSection = (typeof SHARE_SECTIONS)[number];
export type BringInSection = (typeof BRING_IN_SECTIONS)[number];
export type ExchangeArea = 'share' | 'bring-in';

export function shareSectionsFor(role: Role | null | undefined): ShareSection[] {
  if (role === 'admin') return [...SHARE_SECTIONS];
  if (role === 'staff') return ['intelligence', 'transfer', 'packs', 'board'];
  if (role === 'outreach') return ['transfer'];
  return [];
}

export function bringInSectionsFor(role: Role | null | undefined): BringInSection[] {
  return role === 'admin' || role === 'staff' ? [...BRING_IN_SECTIONS] : [];
}

/** The section an address asks for, among those offered (else the first offered). */
export function sectionOf<S extends string>(sub: string | null, offered: readonly S[]): S | null {
  const wanted = (sub ?? '').split('/')[0];
  return offered.find((section) => section === wanted) ?? offered[0] ?? null;
}
