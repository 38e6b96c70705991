/**
 * The quarterly report: one action builds the PDF (and its HTML copy beside it) for
 * the period chosen, as a job with progress and Cancel.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { quarterMonths } from '../../../shared/insight/periods';
import { reportResultSchema, type ReportRequest } from '../../../shared/insight/schemas';
import { api, type ApiError } from '../api/client';
import { JobRun } from '../jobs/JobRun';
import { useDefaultPath } from '../jobs/use-default-path';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileField } from '../ui/FileField';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { localToday } from '../ui/format';
import { useInsight } from './insight-store';
import { PeriodControls } from './PeriodControls';
import { useCensusAreas } from './use-census-areas';

/** The last whole quarter before today, the usual period of a quarterly report. */
export function lastQuarter(today = localToday()): { from: string; to: string } {
  const current = quarterMonths(today);
  const [year, month] = current.from.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 4, 1)).toISOString().slice(0, 10);
  return quarterMonths(start);
}

export function ReportSection() {
  const { t } = useTranslation('insight');
  const { period, granularity, filter, areaCode, chooseArea, choose } = useInsight();
  const quarter = lastQuarter();
  const areas = useCensusAreas();
  const periodText = period.from === period.to ? period.from : `${period.from} to ${period.to}`;
  const [title, setTitle] = useState('');
  const [path, setPath] = useDefaultPath(`quarterly-report-${period.from}-to-${period.to}-${localToday()}.pdf`);
  const [problems, setProblems] = useState<ReadonlySet<'title' | 'path'>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const shownTitle = title === '' ? t('report.titleDefault', { period: periodText }) : title;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = new Set<'title' | 'path'>();
    if (shownTitle.trim() === '') found.add('title');
    if (path.trim() === '') found.add('path');
    setProblems(found);
    if (found.size) {
      document.getElementById(found.has('title') ? 'report-title' : 'report-path')?.focus();
      return;
    }
    const request: ReportRequest = { period, filter, areaCode: areaCode || null, title: shownTitle };
    setBusy(true);
    const answer = await api.startQuarterlyReport({ request, path });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setJobId(answer.value.jobId);
  };

  if (jobId) {
    return (
      <JobRun
        jobId={jobId}
        schema={reportResultSchema}
        text={{ progress: t('report.progress'), cancelled: t('report.cancelled'), failed: t('report.failed'), another: t('report.another') }}
        onAnother={() => {
          setJobId(null);
          setPath('');
        }}
        className="insight-report-outcome"
        doneClassName="notice notice-success"
        doneTestId="report-done"
        failedId="report-failed"
        renderDone={(result) => (
          <>
            <h2>{t('report.doneTitle')}</h2>
            <p>{t('report.donePages', { count: result.pages })}</p>
            <dl className="intelligence-facts">
              <dt>{t('report.donePdf')}</dt>
              <dd data-testid="report-pdf">{result.path}</dd>
              <dt>{t('report.doneHtml')}</dt>
              <dd>{result.htmlPath}</dd>
            </dl>
          </>
        )}
      />
    );
  }

  return (
    <div className="insight-report">
      <p className="panel-intro">{t('report.intro')}</p>
      <PeriodControls key={`${period.from}/${period.to}`} withGranularity={false} />
      <p>
        <button type="button" className="button button-secondary" onClick={() => choose(quarter, granularity, filter)}>
          {t('report.lastQuarter', { from: quarter.from, to: quarter.to })}
        </button>
      </p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('sections.report')}>
        <TextField id="report-title" label={t('report.title')} value={shownTitle} onValueChange={setTitle} maxLength={200} error={problems.has('title') ? t('report.titleRequired') : null} />
        <SelectField
          id="report-area"
          label={t('report.area')}
          value={areaCode}
          onValueChange={chooseArea}
          options={[{ value: '', label: t('report.noArea') }, ...areas.map((area) => ({ value: area.code, label: area.name }))]}
        />
        <FileField id="report-path" label={t('report.path')} mode="save" value={path} onChange={setPath} error={problems.has('path') ? t('report.pathRequired') : null} filters={[{ name: t('report.fileType'), extensions: ['pdf'] }]} />
        {error ? <ErrorAlert error={error} lead={t('report.failed')} id="report-error" /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" id="report-build" aria-disabled={busy || undefined}>
            {busy ? t('report.starting') : t('report.build')}
          </button>
        </div>
      </form>
    </div>
  );
}
