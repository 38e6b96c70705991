import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LEFT_OUT_REASONS, type IntelligencePreview } from '../../../shared/export/schemas';
import { formatNumber } from '../ui/format';

/** How many stories go out, and how many were left out for each reason. Takes the focus when it appears. */
export function PreviewSummary({ preview }: { preview: IntelligencePreview }) {
  const { t } = useTranslation('intelligence');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="intelligence-preview" aria-labelledby="intelligence-preview-title" data-testid="intelligence-preview">
      <h3 id="intelligence-preview-title" tabIndex={-1} ref={heading}>
        {t('preview.title')}
      </h3>
      <p className="intelligence-included">{t('preview.included', { count: preview.included })}</p>
      <p>{t('preview.matched', { count: preview.matched })}</p>
      <table className="intelligence-table">
        <caption>
          {t('preview.leftOutTitle')}
          <span className="field-hint"> {t('preview.leftOutHint')}</span>
        </caption>
        <tbody>
          {LEFT_OUT_REASONS.map((reason) => (
            <tr key={reason} data-testid={`left-out-${reason}`}>
              <th scope="row">{t(`preview.reasons.${reason}`)}</th>
              <td>{formatNumber(preview.leftOut[reason])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.textWithheld.noConsentToQuote > 0 ? <p>{t('preview.withheld', { count: preview.textWithheld.noConsentToQuote })}</p> : null}
      {!preview.profile.quotes ? <p>{t('preview.profileNoQuotes')}</p> : null}
      {preview.generalised.length > 0 ? <p>{t('preview.generalised', { k: preview.profile.k, list: preview.generalised.join('; ') })}</p> : null}
      {preview.actionPlan ? <p data-testid="preview-action-plan">{t('preview.actionPlan', { count: preview.actionPlan.items, organisation: preview.actionPlan.organisation })}</p> : null}
      {preview.included === 0 ? <p className="notice">{t('preview.nothing')}</p> : null}
    </section>
  );
}
