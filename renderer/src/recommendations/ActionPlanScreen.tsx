import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../app/session';
import { ScreenHeading } from '../ui/ScreenHeading';
import { SectionNav } from '../ui/SectionNav';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { actionPlanRouteOf, actionPlanSectionsFor, type ActionPlanRoute, type ActionPlanSection } from './action-plan-routes';
import { BankHolidaysSection } from './calendar/BankHolidaysSection';
import { CqcSection } from './cqc/CqcSection';
import { PlanItemScreen } from './plan/PlanItemScreen';
import { PlanSection } from './plan/PlanSection';
import { RecommendationScreen } from './recommendation/RecommendationScreen';
import { ReportScreen } from './reports/ReportScreen';
import { ReportsSection } from './reports/ReportsSection';
import { StakeholdersSection } from './stakeholders/StakeholdersSection';
import type { Go } from './ui/PlanLink';
import { VisitScreen } from './visits/VisitScreen';
import { VisitsSection } from './visits/VisitsSection';

/**
 * Action plan: what the organisation asks of the bodies that run and oversee
 * services, and how they answer over the months. The Due list, the plan itself
 * (agreed issues, report recommendations, CQC findings), reports and their
 * recommendations, the stakeholder register, CQC findings, Enter and View visits,
 * and the bank-holiday table that response dates are worked out with.
 */
export function ActionPlanScreen({ sub, go }: { sub: string | null; go: Go }) {
  const user = useCurrentUser();
  const route = actionPlanRouteOf(sub, user?.role);
  if (!user || !route) return null;
  return <RouteContent route={route} go={go} />;
}

function RouteContent({ route, go }: { route: ActionPlanRoute; go: Go }) {
  switch (route.screen) {
    case 'report':
      return <ReportScreen key={route.id} reportId={route.id} go={go} />;
    case 'recommendation':
      return <RecommendationScreen key={route.id} recommendationId={route.id} go={go} />;
    case 'item':
      return <PlanItemScreen key={route.id} item={{ kind: route.kind, id: route.id }} go={go} />;
    case 'visit':
      return <VisitScreen key={route.id} visitId={route.id} go={go} />;
    case 'list':
      return (
        <ActionPlanLayout section={route.section} go={go}>
          <SectionContent section={route.section} go={go} />
        </ActionPlanLayout>
      );
  }
}

function ActionPlanLayout({ section, go, children }: { section: ActionPlanSection; go: Go; children: ReactNode }) {
  const { t } = useTranslation('recommendations');
  const user = useCurrentUser();
  const sections = actionPlanSectionsFor(user?.role);
  useDocumentTitle(`${t(`sections.${section}`)} – ${t('title')}`);
  return (
    <section className="area area-wide action-plan" aria-labelledby="area-heading">
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`action-plan-${section}`}>
          {t('title')}
        </ScreenHeading>
      </header>
      {sections.length > 1 ? <SectionNav area="action-plan" label={t('sectionsLabel')} sections={sections} current={section} nameOf={(item) => t(`sections.${item}`)} go={go} /> : null}
      {children}
    </section>
  );
}

function SectionContent({ section, go }: { section: ActionPlanSection; go: Go }) {
  switch (section) {
    case 'due':
      return <PlanSection due go={go} />;
    case 'plan':
      return <PlanSection due={false} go={go} />;
    case 'reports':
      return <ReportsSection go={go} />;
    case 'stakeholders':
      return <StakeholdersSection />;
    case 'cqc':
      return <CqcSection go={go} />;
    case 'visits':
      return <VisitsSection go={go} />;
    case 'bank-holidays':
      return <BankHolidaysSection />;
  }
}
