/**
 * The period (whole months), trends by month or quarter, and one optional filter of
 * each kind. Nothing is counted until "Show": a half-typed month never reaches the store.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, Service } from '../../../shared/capture/story';
import { CHANNELS, SERVICE_TYPES, type Channel, type ServiceType } from '../../../shared/capture/vocabulary';
import { MONTH, monthsBetween, type Granularity } from '../../../shared/insight/periods';
import { MAX_PERIOD_MONTHS, type InsightFilter } from '../../../shared/insight/schemas';
import { api } from '../api/client';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useInsight } from './insight-store';

/** The services and events the filters offer (what cannot be read is left out). */
function useChoices(): { services: Service[]; events: Event[] } {
  const [choices, setChoices] = useState<{ services: Service[]; events: Event[] }>({ services: [], events: [] });
  useEffect(() => {
    let live = true;
    void Promise.all([api.listServices({ includeRetired: true }), api.listEvents({})]).then(([services, events]) => {
      if (live) setChoices({ services: services.ok ? services.value : [], events: events.ok ? events.value : [] });
    });
    return () => {
      live = false;
    };
  }, []);
  return choices;
}

type Problem = 'from' | 'to' | null;

export function PeriodControls({ withGranularity = true, withFilter = true }: { withGranularity?: boolean; withFilter?: boolean }) {
  const { t } = useTranslation(['insight', 'vocabulary']);
  const state = useInsight();
  const { services, events } = useChoices();
  const [from, setFrom] = useState(state.period.from);
  const [to, setTo] = useState(state.period.to);
  const [granularity, setGranularity] = useState<Granularity>(state.granularity);
  const [filter, setFilter] = useState<InsightFilter>(state.filter);
  const [problem, setProblem] = useState<{ field: Problem; message: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = !MONTH.test(from)
      ? { field: 'from' as const, message: t('period.badMonth') }
      : !MONTH.test(to)
        ? { field: 'to' as const, message: t('period.badMonth') }
        : from > to
          ? { field: 'to' as const, message: t('period.order') }
          : monthsBetween(from, to).length > MAX_PERIOD_MONTHS
            ? { field: 'from' as const, message: t('period.tooLong') }
            : null;
    setProblem(found);
    if (found) {
      document.getElementById(`insight-${found.field}`)?.focus();
      return;
    }
    state.choose({ from, to }, granularity, filter);
  };

  const set = <K extends keyof InsightFilter>(key: K, value: string) => {
    const { [key]: _dropped, ...others } = filter;
    const rest: InsightFilter = { ...others };
    // A service already has its type: choosing one clears the other (so the counts are the kept ones).
    if (value !== '' && key === 'serviceId') delete rest.serviceType;
    if (value !== '' && key === 'serviceType') delete rest.serviceId;
    setFilter(value === '' ? rest : { ...rest, [key]: value });
  };

  return (
    <form className="form insight-controls" noValidate onSubmit={submit} aria-label={t('period.legend')}>
      <div className="insight-controls-row">
        <TextField id="insight-from" type="month" label={t('period.from')} hint={t('period.monthHint')} value={from} onValueChange={setFrom} error={problem?.field === 'from' ? problem.message : null} />
        <TextField id="insight-to" type="month" label={t('period.to')} value={to} onValueChange={setTo} error={problem?.field === 'to' ? problem.message : null} />
        {withGranularity ? (
          <SelectField
            id="insight-granularity"
            label={t('period.granularity')}
            value={granularity}
            onValueChange={(value) => setGranularity(value as Granularity)}
            options={[
              { value: 'month', label: t('period.month') },
              { value: 'quarter', label: t('period.quarter') },
            ]}
          />
        ) : null}
      </div>
      {withFilter ? (
        <div className="insight-controls-row">
          <SelectField
            id="insight-service"
            label={t('period.service')}
            value={filter.serviceId ?? ''}
            onValueChange={(value) => set('serviceId', value)}
            options={[{ value: '', label: t('period.any') }, ...services.map((s) => ({ value: s.id, label: s.name }))]}
          />
          <SelectField
            id="insight-service-type"
            label={t('period.serviceType')}
            hint={t('period.serviceOrType')}
            value={filter.serviceType ?? ''}
            onValueChange={(value) => set('serviceType', value as ServiceType | '')}
            options={[{ value: '', label: t('period.any') }, ...SERVICE_TYPES.map((s) => ({ value: s, label: t(`vocabulary:serviceTypes.${s}`) }))]}
          />
          <SelectField
            id="insight-event"
            label={t('period.event')}
            value={filter.eventId ?? ''}
            onValueChange={(value) => set('eventId', value)}
            options={[{ value: '', label: t('period.any') }, ...events.map((e) => ({ value: e.id, label: e.name }))]}
          />
          <SelectField
            id="insight-channel"
            label={t('period.channel')}
            value={filter.channel ?? ''}
            onValueChange={(value) => set('channel', value as Channel | '')}
            options={[{ value: '', label: t('period.any') }, ...CHANNELS.map((c) => ({ value: c, label: t(`vocabulary:channels.${c}`) }))]}
          />
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" id="insight-show">
          {t('period.show')}
        </button>
      </div>
    </form>
  );
}
