import { useState } from 'react';
import { BringInTransferForm } from './BringInTransferForm';
import { ConflictList } from './ConflictList';

/** Bring in → Transfer file (staff): merge a field laptop's file, then resolve the conflicts it leaves. */
export function BringInTransferSection() {
  // Bumped after each import so the conflicts list reads again.
  const [imports, setImports] = useState(0);
  return (
    <div className="transfer" data-testid="transfer-bring-in-section">
      <BringInTransferForm onImported={() => setImports((n) => n + 1)} />
      <ConflictList reload={imports} />
    </div>
  );
}
