import { useTranslation } from 'react-i18next';
import type { ConflictMatch } from '../../../shared/interests/schemas';
import { periodText } from './declaration-text';

type Shown = Pick<ConflictMatch, 'kind' | 'concerns' | 'description' | 'management' | 'fromOn' | 'toOn' | 'refuses'>;

/** One declared interest: its kind and what it concerns, the person's words, when it runs and how it is managed. */
export function DeclarationDetails({ interest, headingLevel = 3 }: { interest: Shown; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation('interests');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      <Heading className="declaration-title">{t('declaration.with', { kind: t(`kinds.${interest.kind}`), name: interest.concerns.name })}</Heading>
      <p className="declaration-words" dir="auto" data-testid="declaration-words">
        {interest.description}
      </p>
      <dl className="declaration-facts">
        <div>
          <dt>{t('declaration.management')}</dt>
          <dd dir="auto">{interest.management}</dd>
        </div>
        <div>
          <dt>{t('declaration.mustNot')}</dt>
          <dd>{interest.refuses.length > 0 ? interest.refuses.map((action) => t(`actions.${action}`)).join('; ') : t('declaration.warnOnly')}</dd>
        </div>
      </dl>
      <p className="muted">{periodText(interest)}</p>
    </>
  );
}
