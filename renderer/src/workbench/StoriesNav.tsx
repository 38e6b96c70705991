import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import { hrefOf, type Area } from '../shell/areas';
import { canEditCodebook } from './roles';

export type StoriesPage = 'find' | 'codebook';

/** Find stories | Codebook, for those who keep the codebook. */
export function StoriesNav({ current, go }: { current: StoriesPage; go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('workbench');
  const user = useCurrentUser();
  if (!user || !canEditCodebook(user.role)) return null;
  const pages: Array<[StoriesPage, string | null]> = [
    ['find', null],
    ['codebook', 'codebook'],
  ];
  return (
    <nav className="subnav" aria-label={t('nav.label')}>
      <ul className="subnav-list">
        {pages.map(([page, sub]) => (
          <li key={page}>
            <a
              className="subnav-link"
              href={hrefOf('stories', sub)}
              aria-current={page === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                go('stories', sub);
              }}
            >
              {t(`nav.${page}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
