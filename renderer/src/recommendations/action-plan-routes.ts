/**
 * The Action plan area's sections and who is offered which, and the screens inside
 * them (a report, a recommendation, a plan item, a visit). The services enforce the
 * same rules; this only keeps people from being offered what they cannot do.
 */
import type { Role } from '../../../shared/users/schemas';
import { PLAN_ITEM_KINDS, type PlanItemKind } from '../../../shared/recommendations/vocabulary';

export const ACTION_PLAN_SECTIONS = ['due', 'plan', 'reports', 'stakeholders', 'cqc', 'visits', 'bank-holidays'] as const;
export type ActionPlanSection = (typeof ACTION_PLAN_SECTIONS)[number];

export function actionPlanSectionsFor(role: Role | null | undefined): ActionPlanSection[] {
  if (role === 'admin' || role === 'staff') return [...ACTION_PLAN_SECTIONS];
  if (role === 'outreach') return ['plan', 'reports', 'visits'];
  if (role === 'volunteer') return ['plan', 'reports'];
  return [];
}

/** Staff and administrators change recommendations and the plan; others read. */
export const canChangePlan = (role: Role | null | undefined): boolean => role === 'staff' || role === 'admin';

export type ActionPlanRoute =
  | { section: ActionPlanSection; screen: 'list' }
  | { section: 'reports'; screen: 'report'; id: string }
  | { section: 'reports'; screen: 'recommendation'; id: string }
  | { section: 'plan'; screen: 'item'; kind: PlanItemKind; id: string }
  | { section: 'visits'; screen: 'visit'; id: string };

export const reportSub = (id: string) => `reports/report/${id}`;
export const recommendationSub = (id: string) => `reports/recommendation/${id}`;
export const planItemSub = (kind: PlanItemKind, id: string) => (kind === 'recommendation' ? recommendationSub(id) : `plan/${kind}/${id}`);
export const visitSub = (id: string) => `visits/visit/${id}`;

/** The screen an address asks for, among the sections offered (else the first offered). */
export function actionPlanRouteOf(sub: string | null, role: Role | null | undefined): ActionPlanRoute | null {
  const sections = actionPlanSectionsFor(role);
  const [wanted = '', kind = '', id = ''] = (sub ?? '').split('/');
  const section = sections.find((s) => s === wanted) ?? sections[0];
  if (!section) return null;
  if (section === wanted && id) {
    if (section === 'reports' && kind === 'report') return { section, screen: 'report', id };
    if (section === 'reports' && kind === 'recommendation') return { section, screen: 'recommendation', id };
    if (section === 'plan' && (PLAN_ITEM_KINDS as readonly string[]).includes(kind)) return { section, screen: 'item', kind: kind as PlanItemKind, id };
    if (section === 'visits' && kind === 'visit') return { section, screen: 'visit', id };
  }
  return { section, screen: 'list' };
}
