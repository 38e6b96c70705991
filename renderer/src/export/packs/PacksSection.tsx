import { useTranslation } from 'react-i18next';

/** The packs section of Export (built by the packs work). */
export function PacksSection() {
  const { t } = useTranslation('packs');
  return <p>{t('placeholder')}</p>;
}
