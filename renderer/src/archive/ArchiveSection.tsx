import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { archiveResultSchema } from '../../../shared/packs/contract';
import { api, toApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileField } from '../ui/FileField';
import { formatNumber, localToday } from '../ui/format';
import { JobProgress, useJob } from '../ui/JobProgress';
import { TextField } from '../ui/TextField';
import { useDefaultPath } from '../jobs/use-default-path';
import { useStartJob } from '../jobs/use-start-job';

type Problem = 'path' | 'passphrase' | 'understood';

/**
 * Administrators: the whole store as a documented archive, for a successor body
 * or another system. It holds everything, so the passphrase is asked again and
 * the administrator confirms they understand it holds personal data.
 */
export function ArchiveSection() {
  const { t } = useTranslation('archive');
  const [path, setPath] = useDefaultPath(`verbatim-archive-${localToday()}.zip`);
  const [passphrase, setPassphrase] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const { busy, error, jobId, start } = useStartJob();
  const { status, cancel } = useJob(jobId);
  const running = jobId !== null && (status === null || status.state === 'running');
  const result = status?.state === 'done' ? archiveResultSchema.safeParse(status.result) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || running) return;
    const found = new Set<Problem>();
    if (path.trim() === '') found.add('path');
    if (passphrase === '') found.add('passphrase');
    if (!understood) found.add('understood');
    setProblems(found);
    if (found.size > 0) {
      const first = found.has('path') ? 'archive-path' : found.has('passphrase') ? 'archive-passphrase' : 'archive-understood';
      return document.getElementById(first)?.focus();
    }
    const refused = await start(() => api.exportArchive({ outPath: path, passphrase, understood: true }));
    setPassphrase('');
    if (refused) document.getElementById(refused.code === 'WRONG_PASSPHRASE' ? 'archive-passphrase' : 'archive-path')?.focus();
  };

  return (
    <section className="panel" aria-labelledby="archive-title" data-testid="archive">
      <h2 className="panel-title" id="archive-title">
        {t('title')}
      </h2>
      <p className="panel-intro">{t('intro')}</p>
      <div className="notice notice-warning">
        <p>{t('warning')}</p>
      </div>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <FileField
          id="archive-path"
          label={t('path')}
          mode="save"
          value={path}
          onChange={setPath}
          error={problems.has('path') ? t('pathRequired') : null}
          filters={[{ name: t('fileType'), extensions: ['zip'] }]}
        />
        <TextField
          id="archive-passphrase"
          type="password"
          label={t('passphrase')}
          hint={t('passphraseHint')}
          value={passphrase}
          onValueChange={setPassphrase}
          autoComplete="current-password"
          error={problems.has('passphrase') ? t('passphraseRequired') : null}
        />
        <div className={`checkbox${problems.has('understood') ? ' field-invalid' : ''}`}>
          <input
            id="archive-understood"
            type="checkbox"
            checked={understood}
            onChange={(event) => setUnderstood(event.target.checked)}
            aria-describedby={problems.has('understood') ? 'archive-understood-error' : undefined}
          />
          <label htmlFor="archive-understood" className="checkbox-label">
            {t('understood')}
          </label>
        </div>
        {problems.has('understood') ? (
          <p className="field-error" id="archive-understood-error">
            {t('understoodRequired')}
          </p>
        ) : null}
        {error ? <ErrorAlert error={error} id="archive-failed" lead={t('failed')} /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || running || undefined}>
            {t('submit')}
          </button>
        </div>
      </form>
      {jobId ? <JobProgress status={status} label={t('progress')} onCancel={cancel} /> : null}
      <div role="status" data-testid="archive-outcome">
        {result?.success ? (
          <p className="notice notice-success">{t('done', { path, tables: result.data.tables, rows: formatNumber(result.data.rows), hash: result.data.manifestSha256 })}</p>
        ) : null}
        {status?.state === 'cancelled' ? <p className="notice">{t('cancelled')}</p> : null}
      </div>
      {status?.state === 'failed' ? <ErrorAlert error={toApiError(status.code, status.message)} lead={t('failed')} /> : null}
    </section>
  );
}
