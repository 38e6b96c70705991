import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { transferReportSchema, type TransferReport } from '../../../shared/transfer/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileField } from '../ui/FileField';
import { formatDateTime } from '../ui/format';
import { TextField } from '../ui/TextField';
import { PreviewRun } from '../jobs/PreviewRun';
import { usePreviewJob } from '../jobs/use-preview-job';
import { BringInRun } from './BringInRun';
import { TransferCounts } from './TransferCounts';

const TRANSFER_FILTERS = [{ name: 'Verbatim transfer file', extensions: ['vtransfer'] }];

/** Choose the file and type its passphrase; see what it would do (nothing written); then bring it in as a job. */
export function BringInTransferForm({ onImported }: { onImported(): void }) {
  const { t } = useTranslation('transfer');
  const [path, setPath] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [problems, setProblems] = useState<{ path?: boolean; passphrase?: boolean }>({});
  const [error, setError] = useState<{ error: ApiError; lead: string } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const previewJob = usePreviewJob<TransferReport>({
    buttonId: 'transfer-preview-button',
    onFailed: useCallback((failure: ApiError) => setError({ error: failure, lead: t('bring.previewFailed') }), [t]),
  });
  const key = JSON.stringify([path, passphrase]);
  const current = previewJob.last && previewJob.last.key === key ? previewJob.last.value : null;

  const runPreview = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || previewJob.running) return;
    const found = { path: path.trim() === '', passphrase: passphrase === '' };
    setProblems(found);
    if (found.path) return document.getElementById('transfer-in')?.focus();
    if (found.passphrase) return document.getElementById('transfer-in-passphrase')?.focus();
    setBusy('preview');
    const answer = await api.startTransferPreview({ path, passphrase });
    setBusy(null);
    previewJob.forget();
    if (!answer.ok) return setError({ error: answer.error, lead: t('bring.previewFailed') });
    setError(null);
    previewJob.begin(answer.value.jobId, key);
  };

  const runImport = async () => {
    if (busy || !current) return;
    setBusy('import');
    const answer = await api.startTransferImport({ path, passphrase });
    setBusy(null);
    if (!answer.ok) return setError({ error: answer.error, lead: t('bring.failed') });
    setError(null);
    setJobId(answer.value.jobId);
  };

  return (
    <section className="panel" aria-labelledby="transfer-bring-title" data-testid="transfer-bring">
      <h2 className="panel-title" id="transfer-bring-title">
        {t('bring.title')}
      </h2>
      {jobId ? (
        <BringInRun
          jobId={jobId}
          onDone={onImported}
          onAnother={() => {
            setJobId(null);
            previewJob.forget();
            setPassphrase('');
            setPath('');
          }}
        />
      ) : (
        <>
          <p className="panel-intro">{t('bring.intro')}</p>
          <form className="form" noValidate onSubmit={(event) => void runPreview(event)}>
            {error ? <ErrorAlert error={error.error} lead={error.lead} id="transfer-bring-error" /> : null}
            <FileField
              id="transfer-in"
              label={t('bring.path')}
              mode="open"
              value={path}
              onChange={setPath}
              filters={TRANSFER_FILTERS}
              error={problems.path ? t('bring.pathRequired') : null}
            />
            <TextField
              id="transfer-in-passphrase"
              type="password"
              autoComplete="off"
              label={t('bring.passphrase')}
              value={passphrase}
              onValueChange={setPassphrase}
              error={problems.passphrase ? t('bring.passphraseRequired') : null}
            />
            <div className="form-actions">
              <button type="submit" id="transfer-preview-button" className="button button-secondary" aria-disabled={busy !== null || previewJob.running !== null || undefined}>
                {busy === 'preview' || previewJob.running ? t('bring.checking') : t('bring.preview')}
              </button>
            </div>
          </form>
          {previewJob.running ? (
            <PreviewRun jobId={previewJob.running.jobId} schema={transferReportSchema} label={() => t('bring.checking')} onEnd={previewJob.ended} />
          ) : null}
          {previewJob.cancelled ? (
            <p className="notice" role="status">
              {t('bring.previewCancelled')}
            </p>
          ) : null}
          {current && !previewJob.running ? <TransferPreview report={current} busy={busy === 'import'} onImport={() => void runImport()} /> : null}
        </>
      )}
    </section>
  );
}

function TransferPreview({ report, busy, onImport }: { report: TransferReport; busy: boolean; onImport(): void }) {
  const { t } = useTranslation('transfer');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [report]);
  return (
    <section className="transfer-preview" aria-labelledby="transfer-preview-title" data-testid="transfer-preview">
      <h3 id="transfer-preview-title" tabIndex={-1} ref={heading}>
        {t('bring.previewTitle')}
      </h3>
      <p>{t('bring.from', { device: report.device, organisation: report.organisation, when: formatDateTime(report.createdAt) })}</p>
      <TransferCounts report={report} />
      <button type="button" className="button button-primary" aria-disabled={busy || undefined} onClick={onImport}>
        {busy ? t('bring.starting') : t('bring.import')}
      </button>
    </section>
  );
}
