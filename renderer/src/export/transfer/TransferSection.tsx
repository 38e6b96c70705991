import { useTranslation } from 'react-i18next';

/** The transfer section of Export (built by the transfer work). */
export function TransferSection() {
  const { t } = useTranslation('transfer');
  return <p>{t('placeholder')}</p>;
}
