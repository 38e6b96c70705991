import { useTranslation } from 'react-i18next';
import type { FileDialogRequest, VerbatimFiles } from '../../../shared/files/file-dialog';
import { TextField } from './TextField';

interface FileFieldProps {
  id: string;
  label: string;
  mode: 'open' | 'save';
  value: string;
  onChange(path: string): void;
  hint?: string;
  error?: string | null;
  /** Offered by the native dialog, such as { name: 'Verbatim bundle', extensions: ['zip'] }. */
  filters?: FileDialogRequest['filters'];
}

const nativeFiles = (): VerbatimFiles | undefined => (window as Window & { verbatimFiles?: VerbatimFiles }).verbatimFiles;

/**
 * Where a file is read from or written to: its full path, typed or (in the desktop
 * app) chosen with the system's own dialog. The services check the path again.
 */
export function FileField({ id, label, mode, value, onChange, hint, error, filters }: FileFieldProps) {
  const { t } = useTranslation('common');
  const files = nativeFiles();
  const choose = async () => {
    const chosen = await files?.choose({ mode, title: label, defaultPath: value || undefined, filters });
    if (chosen) onChange(chosen);
  };
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onValueChange={onChange}
      hint={hint ?? t('file.pathHint')}
      error={error}
      className="file-field"
      after={
        files ? (
          <button type="button" className="button button-secondary" aria-label={t('file.chooseLabel', { field: label })} onClick={() => void choose()}>
            {t('file.choose')}
          </button>
        ) : null
      }
    />
  );
}
