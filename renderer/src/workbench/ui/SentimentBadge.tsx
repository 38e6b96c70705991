import { useTranslation } from 'react-i18next';
import type { Sentiment } from '../../../../shared/workbench/schemas';

/** A sentiment in words (and a shape, never colour alone). */
export function SentimentBadge({ sentiment }: { sentiment: Sentiment }) {
  const { t } = useTranslation('workbench');
  return (
    <span className={`badge wb-sentiment wb-sentiment-${sentiment}`}>
      <span className="visually-hidden">{t('sentiment.label')}: </span>
      {t(`sentiment.${sentiment}`)}
    </span>
  );
}
