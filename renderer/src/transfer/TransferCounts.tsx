import { useTranslation } from 'react-i18next';
import type { TransferReport } from '../../../shared/transfer/schemas';
import { formatNumber } from '../ui/format';

const STORY_ROWS = ['new', 'unchanged', 'updated', 'conflicting', 'deleted'] as const;
const CREATE_ROWS = ['people', 'services', 'events', 'codes'] as const;

/** The counts of a preview or a report: stories by outcome, and what is added to this laptop's lists. */
export function TransferCounts({ report }: { report: TransferReport }) {
  const { t } = useTranslation('transfer');
  return (
    <div className="transfer-counts">
      <table className="transfer-table" data-testid="transfer-story-counts">
        <caption>{t('counts.caption')}</caption>
        <tbody>
          {STORY_ROWS.map((row) => (
            <tr key={row} data-testid={`count-${row}`}>
              <th scope="row">{t(`counts.${row}`)}</th>
              <td>{formatNumber(report.stories[row])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="transfer-table">
        <caption>{t('counts.createCaption')}</caption>
        <tbody>
          {CREATE_ROWS.map((row) => (
            <tr key={row} data-testid={`create-${row}`}>
              <th scope="row">{t(`counts.${row}`)}</th>
              <td>{formatNumber(report.toCreate[row])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
