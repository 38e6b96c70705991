import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import { MakeTransferForm } from './MakeTransferForm';

/** Share → Transfer file: the stories on this laptop, for the office, in an encrypted transfer file. */
export function MakeTransferSection() {
  const { t } = useTranslation('transfer');
  const user = useCurrentUser();
  if (!user) return null;
  return (
    <div className="transfer" data-testid="transfer-section">
      <p className="panel-intro">{t('intro')}</p>
      <MakeTransferForm outreach={user.role === 'outreach'} />
    </div>
  );
}
