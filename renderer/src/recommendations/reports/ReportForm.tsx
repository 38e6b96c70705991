import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/capture/story';
import type { ReportDetail } from '../../../../shared/recommendations/schemas';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TextField } from '../../ui/TextField';
import { checkForm } from '../ui/form-problems';
import { ServiceChecklist } from '../ui/ServiceChecklist';
import { withDeclarations } from '../../interests/conflict-gate';

interface ReportFormProps {
  services: readonly Service[];
  /** The report to change; a new one when absent. */
  report?: ReportDetail;
  /** A new report of this Enter and View visit. */
  visit?: { id: string; serviceId: string; title: string };
  onSaved(report: ReportDetail): void;
  onCancel?(): void;
}

/** A report's title, the day it was published (if it has been) and the services it covers. */
export function ReportForm({ services, report, visit, onSaved, onCancel }: ReportFormProps) {
  const { t } = useTranslation('recommendations');
  const [title, setTitle] = useState(report?.title ?? visit?.title ?? '');
  const [publishedOn, setPublishedOn] = useState(report?.publishedOn ?? '');
  const [serviceIds, setServiceIds] = useState<string[]>(report?.services.map((s) => s.id) ?? (visit ? [visit.serviceId] : []));
  const [problems, setProblems] = useState<ReadonlySet<'title'>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = report ? 'report-edit' : 'report-new';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !checkForm({ title: !hasContent(title) }, [['title', `${prefix}-title`]], setProblems)) return;
    setBusy(true);
    const input = { title, publishedOn: publishedOn || null, serviceIds };
    const work = { action: 'recommend' as const, subject: report ? { type: 'report' as const, id: report.id } : null, about: { serviceIds, stakeholderIds: [] } };
    const answer = await withDeclarations(work, (ack) => (report ? api.updateReport({ id: report.id, ...input, ...ack }) : api.createReport({ ...input, visitId: visit?.id ?? null, ...ack })));
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onSaved(answer.value);
  };

  return (
    <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
      {error ? <ErrorAlert error={error} id={`${prefix}-error`} /> : null}
      <TextField id={`${prefix}-title`} label={t('report.name')} value={title} onValueChange={setTitle} maxLength={300} error={problems.has('title') ? t('report.nameRequired') : null} />
      <TextField id={`${prefix}-published`} type="date" className="field-date" label={t('report.publishedOn')} hint={t('report.publishedHint')} value={publishedOn} onValueChange={setPublishedOn} />
      <ServiceChecklist id={`${prefix}-services`} legend={t('report.services')} services={services} chosen={serviceIds} onChange={setServiceIds} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {report ? t('report.save') : t('report.create')}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
