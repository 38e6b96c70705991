import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/capture/story';
import type { PlanFilters as Filters, Stakeholder } from '../../../../shared/recommendations/schemas';
import { PLAN_ITEM_KINDS, PLAN_STATUSES, type PlanItemKind, type PlanStatus } from '../../../../shared/recommendations/vocabulary';
import { SelectField } from '../../ui/SelectField';

interface PlanFiltersProps {
  filters: Filters;
  onChange(filters: Filters): void;
  stakeholders: readonly Stakeholder[];
  services: readonly Service[];
}

/** Narrow the plan by organisation, service, kind, status and overdue; the list follows at once. */
export function PlanFilters({ filters, onChange, stakeholders, services }: PlanFiltersProps) {
  const { t } = useTranslation('recommendations');
  const set = (change: Partial<Filters>) => {
    const next: Filters = { ...filters, ...change };
    for (const key of Object.keys(next) as (keyof Filters)[]) if (next[key] === undefined || next[key] === false) delete next[key];
    onChange(next);
  };
  const any = { value: '', label: t('filters.any') };
  return (
    <form className="plan-filters" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="plan-filter-organisation"
        label={t('filters.organisation')}
        value={filters.stakeholderId ?? ''}
        onValueChange={(value) => set({ stakeholderId: value || undefined })}
        options={[any, ...stakeholders.map((s) => ({ value: s.id, label: s.name }))]}
      />
      <SelectField
        id="plan-filter-service"
        label={t('filters.service')}
        value={filters.serviceId ?? ''}
        onValueChange={(value) => set({ serviceId: value || undefined })}
        options={[any, ...services.map((s) => ({ value: s.id, label: s.name }))]}
      />
      <SelectField
        id="plan-filter-kind"
        label={t('filters.kind')}
        value={filters.kind ?? ''}
        onValueChange={(value) => set({ kind: (value || undefined) as PlanItemKind | undefined })}
        options={[any, ...PLAN_ITEM_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))]}
      />
      <SelectField
        id="plan-filter-status"
        label={t('filters.status')}
        value={filters.status ?? ''}
        onValueChange={(value) => set({ status: (value || undefined) as PlanStatus | undefined })}
        options={[any, ...PLAN_STATUSES.filter((s) => s !== 'draft').map((status) => ({ value: status, label: t(`statuses.${status}`) }))]}
      />
      <div className="checkbox plan-filter-overdue">
        <input id="plan-filter-overdue" type="checkbox" checked={filters.overdue === true} onChange={(event) => set({ overdue: event.target.checked })} />
        <label htmlFor="plan-filter-overdue" className="checkbox-label">
          {t('filters.overdue')}
        </label>
      </div>
    </form>
  );
}
