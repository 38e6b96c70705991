import { useTranslation } from 'react-i18next';
import { useTakingLong } from '../ui/useTakingLong';

/**
 * Opening the store is usually a second or two; the first time after an update it is
 * also backed up and brought up to date, which takes minutes with a large store.
 */
const OPENING_TAKES_LONG_MS = 4000;

/** Says why opening the store is taking long, once it is; in a status region that is always in the page, so screen readers announce it. */
export function OpeningTakesLong({ opening }: { opening: boolean }) {
  const { t } = useTranslation('unlock');
  const takingLong = useTakingLong(opening, OPENING_TAKES_LONG_MS);
  return <div role="status">{takingLong ? <p className="notice notice-info">{t('takingLong')}</p> : null}</div>;
}
