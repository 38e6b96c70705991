import { useTranslation } from 'react-i18next';
import { keyGroups } from './recovery-key';

/** The recovery key, big and monospaced, in numbered groups. */
export function RecoveryKeyGroups({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation('setup');
  return (
    <ol className="recovery-key" aria-label={t('key.label')} data-testid="recovery-key">
      {keyGroups(recoveryKey).map((group, index) => (
        <li key={index} className="recovery-key-group">
          <span className="recovery-key-index" aria-hidden="true">
            {index + 1}
          </span>
          <span className="recovery-key-chars">{group}</span>
        </li>
      ))}
    </ol>
  );
}
