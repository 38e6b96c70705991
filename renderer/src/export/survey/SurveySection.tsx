import { useTranslation } from 'react-i18next';

/** The survey section of Export (built by the survey work). */
export function SurveySection() {
  const { t } = useTranslation('survey');
  return <p>{t('placeholder')}</p>;
}
