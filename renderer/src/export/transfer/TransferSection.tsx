import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/session';
import { BringInTransferForm } from './BringInTransferForm';
import { ConflictList } from './ConflictList';
import { MakeTransferForm } from './MakeTransferForm';

/**
 * Export → Transfer between laptops: make a transfer file (anyone who records
 * stories), and, for staff, bring one in and resolve the conflicts it leaves.
 */
export function TransferSection() {
  const { t } = useTranslation('transfer');
  const user = useCurrentUser();
  // Bumped after each import so the conflicts list reads again.
  const [imports, setImports] = useState(0);
  if (!user) return null;
  const staff = user.role === 'staff' || user.role === 'admin';
  return (
    <div className="transfer" data-testid="transfer-section">
      <p className="panel-intro">{t('intro')}</p>
      <MakeTransferForm outreach={user.role === 'outreach'} />
      {staff ? (
        <>
          <BringInTransferForm onImported={() => setImports((n) => n + 1)} />
          <ConflictList reload={imports} />
        </>
      ) : null}
    </div>
  );
}
