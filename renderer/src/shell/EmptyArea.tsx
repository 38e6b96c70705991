import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../ui/ScreenHeading';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AREA_KEYS, type Area } from './areas';

type EmptyAreaName = Exclude<Area, 'settings' | 'share' | 'bring-in' | 'insight'>;

/** An area later issues will build: an honest empty state, never sample data. */
export function EmptyArea({ area }: { area: EmptyAreaName }) {
  const { t } = useTranslation('shell');
  const key = AREA_KEYS[area];
  const name = t(`areas.${key}.name`);
  useDocumentTitle(name);
  return (
    <section className="area" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={area}>
          {name}
        </ScreenHeading>
      </header>
      <div className="empty-state">
        <p className="empty-state-title">{t(`areas.${key}.empty`)}</p>
        <p className="empty-state-body">{t(`areas.${key}.about`)}</p>
        <p className="empty-state-note">{t('notYet')}</p>
      </div>
    </section>
  );
}
