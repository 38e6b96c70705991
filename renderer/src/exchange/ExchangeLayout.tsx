import type { ReactNode } from 'react';
import type { Area } from '../shell/areas';
import { ScreenHeading } from '../ui/ScreenHeading';
import { SectionNav } from '../ui/SectionNav';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import type { ExchangeArea } from './exchange-routes';

interface ExchangeLayoutProps<S extends string> {
  area: ExchangeArea;
  title: string;
  sectionsLabel: string;
  sections: readonly S[];
  section: S;
  nameOf(section: S): string;
  go(area: Area, sub?: string | null): void;
  children: ReactNode;
}

/** Share and Bring in share one frame: the area's heading, its sections, the section's screen. */
export function ExchangeLayout<S extends string>({ area, title, sectionsLabel, sections, section, nameOf, go, children }: ExchangeLayoutProps<S>) {
  useDocumentTitle(`${nameOf(section)} – ${title}`);
  return (
    <section className="area area-wide bundles" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`${area}-${section}`}>
          {title}
        </ScreenHeading>
      </header>
      {sections.length > 1 ? <SectionNav area={area} label={sectionsLabel} sections={sections} current={section} nameOf={nameOf} go={go} /> : null}
      {children}
    </section>
  );
}
