import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../shell/areas';
import { hrefOf } from '../../shell/areas';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SectionNav } from '../../ui/SectionNav';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import type { ReviewSection } from '../review-routes';

interface ReviewLayoutProps {
  section: ReviewSection;
  sections: readonly ReviewSection[];
  go(area: Area, sub?: string | null): void;
  children: ReactNode;
}

/** A section of Review: the area's heading, the sections this person is offered, and the section itself. */
export function ReviewLayout({ section, sections, go, children }: ReviewLayoutProps) {
  const { t } = useTranslation('review');
  useDocumentTitle(`${t(`sections.${section}`)} – ${t('title')}`);
  return (
    <section className="area area-wide review" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`review-${section}`}>
          {t('title')}
        </ScreenHeading>
      </header>
      {sections.length > 1 ? <SectionNav area="review" label={t('sectionsLabel')} sections={sections} current={section} nameOf={(item) => t(`sections.${item}`)} go={go} /> : null}
      {children}
    </section>
  );
}

/** A link back to a list, as the Stories detail has. */
export function BackLink({ sub, label, go }: { sub: string; label: string; go(area: Area, sub?: string | null): void }) {
  return (
    <a
      className="back-link"
      href={hrefOf('review', sub)}
      onClick={(event) => {
        event.preventDefault();
        go('review', sub);
      }}
    >
      {label}
    </a>
  );
}

/** A link to another Review screen that goes there without reloading. */
export function ReviewLink({ sub, children, go, className }: { sub: string; children: ReactNode; go(area: Area, sub?: string | null): void; className?: string }) {
  return (
    <a
      className={className}
      href={hrefOf('review', sub)}
      onClick={(event) => {
        event.preventDefault();
        go('review', sub);
      }}
    >
      {children}
    </a>
  );
}

/** A message left by the screen before, shown once and announced. */
export function FlashNotice({ message }: { message: string | null }) {
  return (
    <p className={message ? 'notice notice-success review-flash' : 'visually-hidden'} role="status" data-testid="review-flash">
      {message ?? ''}
    </p>
  );
}
