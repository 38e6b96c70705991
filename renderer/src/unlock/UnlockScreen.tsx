import { useState } from 'react';
import { RecoverForm } from './RecoverForm';
import { RestoreForm } from './RestoreForm';
import { UnlockForm } from './UnlockForm';

export type UnlockMode = 'unlock' | 'recover' | 'restore';

/** The locked store: unlock with the passphrase, recover with the recovery key, or restore a backup. */
export function UnlockScreen() {
  const [mode, setMode] = useState<UnlockMode>('unlock');
  const back = () => setMode('unlock');
  if (mode === 'recover') return <RecoverForm onBack={back} />;
  if (mode === 'restore') return <RestoreForm onBack={back} />;
  return <UnlockForm onRecover={() => setMode('recover')} onRestore={() => setMode('restore')} />;
}
