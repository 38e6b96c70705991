import { useTranslation } from 'react-i18next';
import { WarningIcon } from '../shell/icons';

/** Shown wherever a story with a safeguarding concern appears: an icon and words, not colour alone. */
export function SafeguardingFlag() {
  const { t } = useTranslation('stories');
  return (
    <span className="flag flag-safeguarding" data-testid="safeguarding-flag">
      <WarningIcon />
      <span>{t('safeguarding')}</span>
    </span>
  );
}
