import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SYNC_INTERVAL_MINUTES, DEFAULT_SYNC_PORT, MAX_SYNC_INTERVAL_MINUTES, type SyncServer, type SyncStatus } from '../../../shared/sync/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { TextField } from '../ui/TextField';

type Field = 'host' | 'port' | 'database' | 'user' | 'interval';

const whole = (text: string, min: number, max: number): number | null => (/^\d{1,5}$/.test(text) && Number(text) >= min && Number(text) <= max ? Number(text) : null);

/** The server's address and login, TLS on by default, the automatic interval; "Test connection" writes nothing. */
export function SyncServerForm({ status, onSaved }: { status: SyncStatus; onSaved(status: SyncStatus): void }) {
  const { t } = useTranslation('sync');
  const saved = status.server;
  const [host, setHost] = useState(saved?.host ?? '');
  const [port, setPort] = useState(String(saved?.port ?? DEFAULT_SYNC_PORT));
  const [database, setDatabase] = useState(saved?.database ?? '');
  const [user, setUser] = useState(saved?.user ?? '');
  const [password, setPassword] = useState('');
  const [tls, setTls] = useState(saved?.tls ?? true);
  const [verify, setVerify] = useState(saved?.verifyCertificate ?? true);
  const [caFile, setCaFile] = useState(saved?.caFile ?? '');
  const [interval, setInterval] = useState(String(status.intervalMinutes ?? DEFAULT_SYNC_INTERVAL_MINUTES));
  const [invalid, setInvalid] = useState<Field[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [result, setResult] = useState<string>('');
  const [busy, setBusy] = useState(false);

  const read = (): { server: SyncServer; intervalMinutes: number } | null => {
    const portNumber = whole(port, 1, 65535);
    const minutes = whole(interval, 0, MAX_SYNC_INTERVAL_MINUTES);
    const problems: Field[] = [];
    if (host.length === 0) problems.push('host');
    if (portNumber === null) problems.push('port');
    if (database.length === 0) problems.push('database');
    if (user.length === 0) problems.push('user');
    if (minutes === null) problems.push('interval');
    setInvalid(problems);
    if (problems.length > 0 || portNumber === null || minutes === null) return null;
    return { server: { host, port: portNumber, database, user, tls, verifyCertificate: tls && verify, caFile: caFile === '' ? null : caFile }, intervalMinutes: minutes };
  };

  const act = async (kind: 'save' | 'test') => {
    if (busy) return;
    setError(null);
    setResult('');
    const form = read();
    if (!form) return;
    setBusy(true);
    const secret = password === '' ? null : password;
    if (kind === 'save') {
      const answer = await api.saveSyncSettings({ ...form, password: secret });
      setBusy(false);
      if (!answer.ok) return setError(answer.error);
      setPassword('');
      setResult(t('server.saved'));
      onSaved(answer.value);
    } else {
      setResult(t('server.testing'));
      const answer = await api.testSyncConnection({ server: form.server, password: secret });
      setBusy(false);
      if (!answer.ok) {
        setResult('');
        return setError(answer.error);
      }
      const { serverVersion, tls: encrypted, schemaVersion } = answer.value;
      setResult(t('server.tested', { version: serverVersion, tls: t(encrypted ? 'server.tlsOn' : 'server.tlsOff'), schema: t(schemaVersion === null ? 'server.schemaNew' : 'server.schemaReady') }));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void act('save');
  };
  const problem = (field: Field, message = t('server.required')) => (invalid.includes(field) ? message : null);

  return (
    <form className="panel form" noValidate onSubmit={submit} aria-labelledby="sync-server-title" data-testid="sync-server">
      <h2 className="panel-title" id="sync-server-title">
        {t('server.title')}
      </h2>
      <p className="panel-intro">{t('server.intro')}</p>
      {error ? <ErrorAlert error={error} id="sync-server-error" /> : null}
      <TextField id="sync-host" label={t('server.host')} value={host} onValueChange={setHost} error={problem('host')} autoComplete="off" />
      <TextField id="sync-port" className="field-number" inputMode="numeric" label={t('server.port')} value={port} onValueChange={setPort} error={problem('port', t('server.invalidPort'))} />
      <TextField id="sync-database" label={t('server.database')} value={database} onValueChange={setDatabase} error={problem('database')} autoComplete="off" />
      <TextField id="sync-user" label={t('server.user')} value={user} onValueChange={setUser} error={problem('user')} autoComplete="off" />
      <TextField
        id="sync-password"
        type="password"
        label={t('server.password')}
        value={password}
        onValueChange={setPassword}
        hint={status.hasPassword ? t('server.passwordKept') : undefined}
        autoComplete="new-password"
      />
      <div className="checkbox">
        <input id="sync-tls" type="checkbox" checked={tls} onChange={(event) => setTls(event.target.checked)} />
        <label htmlFor="sync-tls" className="checkbox-label">
          {t('server.tls')}
        </label>
      </div>
      <div className="checkbox">
        <input id="sync-verify" type="checkbox" checked={tls && verify} disabled={!tls} onChange={(event) => setVerify(event.target.checked)} />
        <label htmlFor="sync-verify" className="checkbox-label">
          {t('server.verify')}
        </label>
      </div>
      <TextField id="sync-ca" label={t('server.caFile')} hint={t('server.caFileHint')} value={caFile} onValueChange={setCaFile} autoComplete="off" />
      <TextField
        id="sync-interval"
        className="field-number"
        inputMode="numeric"
        label={t('server.interval')}
        hint={t('server.intervalHint', { max: MAX_SYNC_INTERVAL_MINUTES })}
        value={interval}
        onValueChange={setInterval}
        error={problem('interval', t('server.invalidInterval', { max: MAX_SYNC_INTERVAL_MINUTES }))}
        after={
          <span className="field-unit" aria-hidden="true">
            {t('server.minutes')}
          </span>
        }
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {t('server.save')}
        </button>
        <button type="button" className="button button-secondary" aria-disabled={busy || undefined} onClick={() => void act('test')}>
          {t('server.test')}
        </button>
        <p className="form-status" role="status" data-testid="sync-server-result">
          {result}
        </p>
      </div>
    </form>
  );
}
