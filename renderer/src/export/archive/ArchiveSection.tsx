import { useTranslation } from 'react-i18next';

/** The archive section of Export (built by the archive work). */
export function ArchiveSection() {
  const { t } = useTranslation('archive');
  return <p>{t('placeholder')}</p>;
}
