/** Plain English for declarations in the services' messages (the screens say the same from their own resources). */
import type { Concerns } from '../../shared/interests/schemas';
import type { ConflictAction, InterestKind, SubjectType } from '../../shared/interests/vocabulary';

const KIND: Record<InterestKind, string> = {
  employment: 'employment',
  financial: 'a financial interest',
  family: 'a family interest',
  'voluntary-role': 'a voluntary role',
  'political-role': 'a political role',
};

const WORK: Record<ConflictAction, (subject: SubjectType) => string> = {
  code: (subject) => (subject === 'sample' ? 'code stories in this sample' : 'code this story'),
  review: () => 'review this story',
  'check-masks': () => 'check the masks on this story',
  recommend: () => 'write or send this report or recommendation',
};

export const workText = (action: ConflictAction, subject: SubjectType): string => WORK[action](subject);

/** e.g. employment with St Mary's Hospital A&E, managed as "does not code stories about this service" */
export function declarationText(match: { kind: InterestKind; concerns: Concerns; management: string }): string {
  return `${KIND[match.kind]} with ${match.concerns.name}, managed as “${match.management}”`;
}
