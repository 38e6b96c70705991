import type { Area } from '../shell/areas';
import { hrefOf } from '../shell/areas';

interface SectionNavProps<S extends string> {
  area: Area;
  label: string;
  sections: readonly S[];
  current: S;
  nameOf(section: S): string;
  go(area: Area, sub?: string | null): void;
}

/** The sections of an area as a list of links, the current one marked for screen readers. */
export function SectionNav<S extends string>({ area, label, sections, current, nameOf, go }: SectionNavProps<S>) {
  return (
    <nav className="subnav" aria-label={label}>
      <ul className="subnav-list">
        {sections.map((item) => (
          <li key={item}>
            <a
              className="subnav-link"
              href={hrefOf(area, item)}
              aria-current={item === current ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                go(area, item);
              }}
            >
              {nameOf(item)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
