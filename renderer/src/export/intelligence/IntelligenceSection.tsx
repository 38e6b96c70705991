import { useTranslation } from 'react-i18next';

/** The intelligence section of Export (built by the intelligence work). */
export function IntelligenceSection() {
  const { t } = useTranslation('intelligence');
  return <p>{t('placeholder')}</p>;
}
