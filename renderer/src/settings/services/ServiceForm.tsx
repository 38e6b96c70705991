import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/capture/story';
import { SERVICE_TYPES, type ServiceType } from '../../../../shared/capture/vocabulary';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

interface ServiceFormProps {
  /** The service to edit; a new one is added when absent. */
  service?: Service;
  idPrefix: string;
  onSaved(service: Service): void;
  onCancel?(): void;
}

/** Name, type and the optional ODS and CQC codes of a service. */
export function ServiceForm({ service, idPrefix, onSaved, onCancel }: ServiceFormProps) {
  const { t } = useTranslation(['settings', 'vocabulary']);
  const [name, setName] = useState(service?.name ?? '');
  const [type, setType] = useState<ServiceType | ''>(service?.type ?? '');
  const [ods, setOds] = useState(service?.odsCode ?? '');
  const [cqc, setCqc] = useState(service?.cqcLocationId ?? '');
  const [problems, setProblems] = useState({ name: false, type: false });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const typeRef = useRef<HTMLSelectElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = { name: !hasContent(name), type: type === '' };
    setProblems(found);
    if (found.name) return nameRef.current?.focus();
    if (found.type || type === '') return typeRef.current?.focus();
    setBusy(true);
    const input = { name, type, odsCode: hasContent(ods) ? ods.trim() : null, cqcLocationId: hasContent(cqc) ? cqc.trim() : null };
    const answer = service ? await api.updateService({ id: service.id, ...input }) : await api.createService(input);
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    if (!service) {
      setName('');
      setType('');
      setOds('');
      setCqc('');
    }
    onSaved(answer.value);
  };

  return (
    <form className="form form-compact" noValidate onSubmit={(event) => void submit(event)}>
      {error ? <ErrorAlert error={error} id={`${idPrefix}-error`} /> : null}
      <TextField
        id={`${idPrefix}-name`}
        ref={nameRef}
        label={t('services.name')}
        hint={t('services.nameHint')}
        value={name}
        onValueChange={setName}
        autoComplete="off"
        maxLength={100}
        dir="auto"
        error={problems.name ? t('services.nameRequired') : null}
      />
      <SelectField
        id={`${idPrefix}-type`}
        ref={typeRef}
        className="field-medium"
        label={t('services.type')}
        value={type}
        onValueChange={(value) => setType(value as ServiceType | '')}
        options={[...(type === '' ? [{ value: '', label: t('services.typeChoose') }] : []), ...SERVICE_TYPES.map((value) => ({ value, label: t(`vocabulary:serviceTypes.${value}`) }))]}
        error={problems.type ? t('services.typeRequired') : null}
      />
      <div className="field-row">
        <TextField id={`${idPrefix}-ods`} className="field-short" label={t('services.ods')} hint={t('services.odsHint')} value={ods} onValueChange={setOds} autoComplete="off" maxLength={20} />
        <TextField id={`${idPrefix}-cqc`} className="field-short" label={t('services.cqc')} hint={t('services.cqcHint')} value={cqc} onValueChange={setCqc} autoComplete="off" maxLength={30} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={busy || undefined}>
          {service ? t('services.saveEdit') : t('services.add')}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('services.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
