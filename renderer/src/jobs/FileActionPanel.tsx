import { useState, type FormEvent, type ReactNode } from 'react';
import type { FileDialogRequest } from '../../../shared/files/file-dialog';
import type { ApiError, ApiResult } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FileField } from '../ui/FileField';

interface FileActionText {
  title: string;
  intro: ReactNode;
  path: string;
  pathRequired: string;
  /** Leads the explanation when the service refuses. */
  failed: string;
  submit: string;
  /** The button's words while the service works. */
  busy: string;
}

interface FileActionPanelProps<T> {
  /** Prefix of the panel's ids: `${name}-title` and `${name}-failed`. */
  name: string;
  testId: string;
  fieldId: string;
  mode: 'open' | 'save';
  filters: FileDialogRequest['filters'];
  text: FileActionText;
  path: string;
  onPathChange(path: string): void;
  /** Reads or writes the file at `path`; nothing else is asked of the person. */
  run(path: string): Promise<ApiResult<T>>;
  /** What was done, shown in the panel's status region. */
  renderDone(value: T, path: string): ReactNode;
  onDone?(value: T): void;
}

/**
 * A panel that does one thing with one file (bring a pack in, write results):
 * its path, a clear refusal, a busy button that cannot be pressed twice, and
 * what was done announced politely.
 */
export function FileActionPanel<T>({ name, testId, fieldId, mode, filters, text, path, onPathChange, run, renderDone, onDone }: FileActionPanelProps<T>) {
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ value: T; path: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setMissing(path.trim() === '');
    setDone(null);
    if (path.trim() === '') return document.getElementById(fieldId)?.focus();
    setBusy(true);
    const answer = await run(path);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDone({ value: answer.value, path });
    onDone?.(answer.value);
  };

  return (
    <section className="panel" aria-labelledby={`${name}-title`} data-testid={testId}>
      <h2 className="panel-title" id={`${name}-title`}>
        {text.title}
      </h2>
      <p className="panel-intro">{text.intro}</p>
      <div role="status">{done ? renderDone(done.value, done.path) : null}</div>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <FileField id={fieldId} label={text.path} mode={mode} value={path} onChange={onPathChange} error={missing ? text.pathRequired : null} filters={filters} />
        {error ? <ErrorAlert error={error} id={`${name}-failed`} lead={text.failed} /> : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
            {busy ? text.busy : text.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
