import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { NewPassphraseFields } from '../passphrase/NewPassphraseFields';
import { hasErrors, validateNewPassphrase, type NewPassphraseErrors } from '../passphrase/strength';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileField } from '../ui/FileField';
import { TextField } from '../ui/TextField';
import { localToday } from '../ui/format';
import { useDefaultPath } from '../jobs/use-default-path';
import { useStartJob } from '../jobs/use-start-job';
import { MakeTransferRun } from './MakeTransferRun';

const TRANSFER_FILTERS = [{ name: 'Verbatim transfer file', extensions: ['vtransfer'] }];
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Since when, the file's own passphrase (twice, with a strength hint), where to save it; then the job. */
export function MakeTransferForm({ outreach }: { outreach: boolean }) {
  const { t } = useTranslation('transfer');
  const [since, setSince] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [path, setPath] = useDefaultPath(`transfer-${localToday()}.vtransfer`);
  const [passphraseErrors, setPassphraseErrors] = useState<NewPassphraseErrors>({});
  const [problems, setProblems] = useState<{ since?: boolean; path?: boolean }>({});
  const { busy, error, jobId, start, clear } = useStartJob();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = { since: since !== '' && !isDay(since), path: path.trim() === '' };
    const passErrors = validateNewPassphrase(passphrase, confirm);
    setProblems(found);
    setPassphraseErrors(passErrors);
    const first = found.since ? 'transfer-since' : passErrors.passphrase ? 'transfer-pass-new' : passErrors.confirm ? 'transfer-pass-confirm' : found.path ? 'transfer-out' : null;
    if (first) return document.getElementById(first)?.focus();
    if (hasErrors(passErrors)) return;
    await start(() => api.startTransferExport({ path, passphrase, since: since || null }));
  };

  return (
    <section className="panel" aria-labelledby="transfer-make-title" data-testid="transfer-make">
      <h2 className="panel-title" id="transfer-make-title">
        {t('make.title')}
      </h2>
      {jobId ? (
        <MakeTransferRun
          jobId={jobId}
          onAnother={() => {
            clear();
            setPassphrase('');
            setConfirm('');
          }}
        />
      ) : (
        <form className="form" noValidate onSubmit={(event) => void submit(event)}>
          <p className="panel-intro">{outreach ? t('make.introOutreach') : t('make.introStaff')}</p>
          {error ? <ErrorAlert error={error} lead={t('make.failed')} id="transfer-make-error" /> : null}
          <TextField
            id="transfer-since"
            type="date"
            label={t('make.since')}
            hint={t('make.sinceHint')}
            value={since}
            onValueChange={setSince}
            error={problems.since ? t('make.sinceInvalid') : null}
          />
          <NewPassphraseFields
            idPrefix="transfer-pass"
            passphraseLabel={t('make.passphraseLabel')}
            passphrase={passphrase}
            confirm={confirm}
            onPassphraseChange={setPassphrase}
            onConfirmChange={setConfirm}
            errors={passphraseErrors}
          />
          <FileField
            id="transfer-out"
            label={t('make.path')}
            mode="save"
            value={path}
            onChange={setPath}
            filters={TRANSFER_FILTERS}
            error={problems.path ? t('make.pathRequired') : null}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
              {busy ? t('make.starting') : t('make.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
