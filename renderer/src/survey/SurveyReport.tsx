import { useTranslation } from 'react-i18next';
import type { SurveyImportResult } from '../../../shared/survey/schemas';

/** Step 5: what was imported, skipped and already there. */
export function SurveyReport({ result, onAgain }: { result: SurveyImportResult; onAgain(): void }) {
  const { t } = useTranslation('survey');
  return (
    <div className="form">
      <div className="notice notice-success" role="status">
        <ul className="survey-counts">
          <li>{t('report.imported', { count: result.imported })}</li>
          {result.skipped > 0 ? <li>{t('report.skipped', { count: result.skipped })}</li> : null}
          {result.alreadyImported > 0 ? <li>{t('report.already', { count: result.alreadyImported })}</li> : null}
        </ul>
        {result.imported > 0 ? <p>{t('report.next')}</p> : null}
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onAgain}>
          {t('report.again')}
        </button>
      </div>
    </div>
  );
}
