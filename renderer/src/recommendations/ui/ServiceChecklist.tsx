import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/capture/story';

interface ServiceChecklistProps {
  id: string;
  legend: string;
  hint?: string;
  services: readonly Service[];
  chosen: readonly string[];
  onChange(ids: string[]): void;
}

/** The services something concerns, ticked from the register. */
export function ServiceChecklist({ id, legend, hint, services, chosen, onChange }: ServiceChecklistProps) {
  const { t } = useTranslation('recommendations');
  const toggle = (serviceId: string, on: boolean) => onChange(on ? [...chosen, serviceId] : chosen.filter((c) => c !== serviceId));
  return (
    <fieldset className="fieldset service-checklist" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="choice-legend">{legend}</legend>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {services.length === 0 ? <p className="muted">{t('fields.noServices')}</p> : null}
      <div className="service-checklist-items">
        {services.map((service) => (
          <div className="checkbox" key={service.id}>
            <input id={`${id}-${service.id}`} type="checkbox" checked={chosen.includes(service.id)} onChange={(event) => toggle(service.id, event.target.checked)} />
            <label htmlFor={`${id}-${service.id}`} className="checkbox-label" dir="auto">
              {service.name}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
