/** Plain English for a declaration, from the interests resources (the services say the same in their messages). */
import type { ConflictMatch, Interest } from '../../../shared/interests/schemas';
import i18n from '../i18n';
import { formatDay } from '../ui/format';

type Declared = Pick<ConflictMatch, 'kind' | 'concerns' | 'management'>;

/** e.g. employment with St Mary’s Hospital A&E, managed as “does not code stories about this service” */
export const declarationText = (match: Declared): string =>
  i18n.t('gate.declarationText', { ns: 'interests', kind: i18n.t(`kindPhrase.${match.kind}`, { ns: 'interests' }), name: match.concerns.name, management: match.management });

/** e.g. Since 1 January 2026, or 1 January 2026 to 31 March 2026 */
export const periodText = (interest: Pick<Interest, 'fromOn' | 'toOn'>): string =>
  interest.toOn === null
    ? i18n.t('declaration.since', { ns: 'interests', from: formatDay(interest.fromOn) })
    : i18n.t('declaration.between', { ns: 'interests', from: formatDay(interest.fromOn), to: formatDay(interest.toOn) });
