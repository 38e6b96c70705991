import { useTranslation } from 'react-i18next';
import type { ShownCount } from '../../../shared/insight/disclosure';
import { hrefOf } from '../shell/areas';

/** A count in a table, as a link to the stories it counts (a zero opens nothing). */
export function CountLink({ what, count, onOpen }: { what: string; count: ShownCount; onOpen(): void }) {
  const { t } = useTranslation('insight');
  if (count.text === '0') return <>0</>;
  return (
    <a
      href={hrefOf('stories')}
      className="insight-count-link"
      aria-label={t('charts.open', { what, count: count.text })}
      onClick={(event) => {
        event.preventDefault();
        onOpen();
      }}
    >
      {count.text}
    </a>
  );
}
