import { useState } from 'react';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { CreateStoreForm } from './CreateStoreForm';
import { RecoveryKeyStep } from './RecoveryKeyStep';

/**
 * First run: make the encrypted store, then show its recovery key once and check
 * that it was written down (and tell the store so) before going into the app. The
 * key lives only in this component's state and is gone once the app opens.
 */
export function SetupScreen() {
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const openShell = useSession((state) => state.openShell);
  if (recoveryKey === null) return <CreateStoreForm onCreated={setRecoveryKey} />;
  return (
    <RecoveryKeyStep
      recoveryKey={recoveryKey}
      onConfirmed={async () => {
        const answer = await api.confirmRecoveryKey({});
        if (!answer.ok) return answer.error;
        // Opening the app unmounts this screen, and the key with it.
        await openShell(answer.value);
        return null;
      }}
    />
  );
}
