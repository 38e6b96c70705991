/** Insight: the dashboard, reach against the census, and the quarterly report (staff and administrators). */
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import type { Area } from '../shell/areas';
import { ScreenHeading } from '../ui/ScreenHeading';
import { SectionNav } from '../ui/SectionNav';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { canSeeInsight } from '../users/roles';
import { DashboardSection } from './DashboardSection';
import { ReachSection } from './ReachSection';
import { ReportSection } from './ReportSection';

export const INSIGHT_SECTIONS = ['dashboard', 'reach', 'report'] as const;
export type InsightSection = (typeof INSIGHT_SECTIONS)[number];

const sectionOf = (sub: string | null): InsightSection => ((INSIGHT_SECTIONS as readonly string[]).includes(sub ?? '') ? (sub as InsightSection) : 'dashboard');

export function InsightScreen({ sub, go }: { sub: string | null; go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('insight');
  const user = useCurrentUser();
  const section = sectionOf(sub);
  useDocumentTitle(`${t(`sections.${section}`)} – ${t('title')}`);
  if (!user || !canSeeInsight(user.role)) return null;
  return (
    <section className="area area-wide insight" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`insight-${section}`}>
          {t('title')}
        </ScreenHeading>
      </header>
      <SectionNav area="insight" label={t('sectionsLabel')} sections={INSIGHT_SECTIONS} current={section} nameOf={(item) => t(`sections.${item}`)} go={go} />
      {section === 'dashboard' ? <DashboardSection go={go} /> : null}
      {section === 'reach' ? <ReachSection /> : null}
      {section === 'report' ? <ReportSection /> : null}
    </section>
  );
}
