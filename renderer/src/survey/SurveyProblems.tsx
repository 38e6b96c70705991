import { useTranslation } from 'react-i18next';
import type { SurveyProblem } from '../../../shared/survey/schemas';

/** Every problem found, by spreadsheet row, in a table that scrolls and can be reached by keyboard. */
export function SurveyProblems({ problems, total }: { problems: readonly SurveyProblem[]; total: number }) {
  const { t } = useTranslation('survey');
  return (
    <section aria-labelledby="survey-problems-title">
      <h4 className="survey-subtitle" id="survey-problems-title">
        {t('preview.problemsTitle')}
      </h4>
      {total > problems.length ? <p className="muted">{t('preview.moreProblems', { shown: problems.length, total })}</p> : null}
      {/* Focusable so the keyboard can scroll a long list. */}
      <div className="table-wrap survey-problems" tabIndex={0} role="region" aria-label={t('preview.problemsLabel')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('preview.row')}</th>
              <th scope="col">{t('preview.column')}</th>
              <th scope="col">{t('preview.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={`${problem.row}-${index}`}>
                <th scope="row">{problem.row}</th>
                <td dir="auto">{problem.column ?? t('preview.wholeRow')}</td>
                <td dir="auto">{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
