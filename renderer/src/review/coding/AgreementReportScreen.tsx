import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { agreementReportSchema } from '../../../../shared/review/schemas';
import { api, type ApiError } from '../../api/client';
import { FORMAT_LOCALE } from '../../i18n';
import type { Area } from '../../shell/areas';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { reviewSub } from '../review-routes';
import { BackLink } from '../ui/ReviewLayout';
import { ReviewError } from '../ui/ReviewError';
import { useSamples } from './useSamples';

export type AgreementReport = z.infer<typeof agreementReportSchema>;
type Loaded = { state: 'loading' } | { state: 'loaded'; report: AgreementReport } | { state: 'failed'; error: ApiError };

export const BANDS = ['poor', 'slight', 'fair', 'moderate', 'substantial', 'almost-perfect'] as const;
type Band = (typeof BANDS)[number];
const isBand = (band: string | null): band is Band => band !== null && (BANDS as readonly string[]).includes(band);

const kappaFormat = new Intl.NumberFormat(FORMAT_LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat(FORMAT_LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/** How far two reviewers agreed, theme by theme: Cohen's kappa, what it means in words, and plain agreement. */
export function AgreementReportScreen({ sampleId, go }: { sampleId: string; go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('review');
  useDocumentTitle(t('report.pageTitle'));
  const samples = useSamples();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    void api.getAgreementReport({ sampleId }).then((answer) => {
      if (live) setLoaded(answer.ok ? { state: 'loaded', report: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [sampleId]);

  const sample = samples.state === 'loaded' ? (samples.samples.find((candidate) => candidate.id === sampleId) ?? null) : null;
  const a = sample?.reviewerA.name ?? t('coding.reviewerA');
  const b = sample?.reviewerB.name ?? t('coding.reviewerB');

  return (
    <section className="area area-wide review" aria-labelledby="area-heading">
      <BackLink sub={reviewSub.sample(sampleId)} label={t('report.back')} go={go} />
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`report-${sampleId}`}>
          {t('report.title')}
        </ScreenHeading>
        {sample ? (
          <p className="muted">
            {t('codeStory.inSample')} <span dir="auto">{sample.name}</span>
          </p>
        ) : null}
      </header>
      {loaded.state === 'loading' ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : null}
      {loaded.state === 'failed' ? <ReviewError error={loaded.error} /> : null}
      {loaded.state === 'loaded' ? <ReportTable report={loaded.report} a={a} b={b} /> : null}
      <details className="panel review-report-help">
        <summary>{t('report.helpTitle')}</summary>
        <p>{t('report.helpKappa')}</p>
        <ul>
          {BANDS.map((band) => (
            <li key={band}>
              <strong>{t(`report.bands.${band}`)}</strong>: {t(`report.bandRanges.${band}`)}
            </li>
          ))}
        </ul>
        <p>{t('report.helpSubthemes')}</p>
      </details>
    </section>
  );
}

/** The report as an accessible table: one row per theme either reviewer used. */
export function ReportTable({ report, a, b }: { report: AgreementReport; a: string; b: string }) {
  const { t } = useTranslation('review');
  return (
    <>
      <p className="review-report-summary" data-testid="report-summary">
        {t('report.summary', { both: report.codedByBoth, stories: report.stories, a, b })}
      </p>
      {report.codedByBoth === 0 ? (
        <p className="empty-state empty-state-title">{t('report.noneBoth')}</p>
      ) : report.themes.length === 0 ? (
        <p className="empty-state empty-state-title">{t('report.noThemes')}</p>
      ) : (
        <div className="review-table-wrap">
          <table className="review-table review-report-table" data-testid="report-table">
            <caption>{t('report.caption', { a, b })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.theme')}</th>
                <th scope="col" className="review-number">
                  {t('report.kappa')}
                </th>
                <th scope="col">{t('report.band')}</th>
                <th scope="col" className="review-number">
                  {t('report.agreement')}
                </th>
                <th scope="col" className="review-number">
                  {t('report.usedBy', { name: a })}
                </th>
                <th scope="col" className="review-number">
                  {t('report.usedBy', { name: b })}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.themes.map((theme) => (
                <tr key={theme.codeId} data-testid="report-row">
                  <th scope="row">{theme.name}</th>
                  <td className="review-number">{theme.kappa === null ? t('report.noKappa') : kappaFormat.format(theme.kappa)}</td>
                  <td>
                    {isBand(theme.band) ? (
                      <span className={`review-band review-band-${theme.band}`}>{t(`report.bands.${theme.band}`)}</span>
                    ) : theme.kappa === null ? (
                      <span className="muted">{t('report.noBand')}</span>
                    ) : (
                      (theme.band ?? '')
                    )}
                  </td>
                  <td className="review-number">{percentFormat.format(theme.agreement)}</td>
                  <td className="review-number">{theme.usedByA}</td>
                  <td className="review-number">{theme.usedByB}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
