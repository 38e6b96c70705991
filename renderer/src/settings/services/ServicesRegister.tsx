import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/capture/story';
import { api, type ApiError } from '../../api/client';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ServiceForm } from './ServiceForm';

type Register = { state: 'loading' } | { state: 'loaded'; services: Service[] } | { state: 'failed'; error: ApiError };

/** Staff look after the services register: every entry (retired ones too), add, edit, retire. */
export function ServicesRegister() {
  const { t } = useTranslation(['settings', 'vocabulary']);
  const [register, setRegister] = useState<Register>({ state: 'loading' });
  const [editing, setEditing] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');

  const reload = async () => {
    const answer = await api.listServices({ includeRetired: true });
    setRegister(answer.ok ? { state: 'loaded', services: answer.value } : { state: 'failed', error: answer.error });
  };

  useEffect(() => {
    let live = true;
    void api.listServices({ includeRetired: true }).then((answer) => {
      if (live) setRegister(answer.ok ? { state: 'loaded', services: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, []);

  const retire = async (service: Service) => {
    const answer = await api.retireService({ id: service.id });
    setRetiring(null);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    await reload();
    setMessage(t('services.retiredDone', { name: service.name }));
  };

  const services = register.state === 'loaded' ? register.services : [];
  return (
    <div className="settings-grid">
      <section className="panel" aria-labelledby="settings-service-add-title">
        <h2 className="panel-title" id="settings-service-add-title">
          {t('services.addTitle')}
        </h2>
        <ServiceForm
          idPrefix="service-add"
          onSaved={(saved) => {
            void reload().then(() => setMessage(t('services.added', { name: saved.name })));
          }}
        />
      </section>
      <section className="panel" aria-labelledby="settings-services-title">
        <h2 className="panel-title" id="settings-services-title">
          {t('services.title')}
        </h2>
        <p className="panel-intro">{t('services.intro')}</p>
        <p className="form-status" role="status">
          {message}
        </p>
        {error ? <ErrorAlert error={error} id="services-error" /> : null}
        {register.state === 'loading' ? <p className="muted">{t('services.loading')}</p> : null}
        {register.state === 'failed' ? <ErrorAlert error={register.error} id="services-load-error" /> : null}
        {register.state === 'loaded' && services.length === 0 ? <p className="muted">{t('services.empty')}</p> : null}
        {services.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('services.tableLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('services.name')}</th>
                  <th scope="col">{t('services.type')}</th>
                  <th scope="col">{t('services.ods')}</th>
                  <th scope="col">{t('services.cqc')}</th>
                  <th scope="col">{t('services.state')}</th>
                  <th scope="col">{t('services.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {services.map((service) =>
                  editing === service.id ? (
                    <tr key={service.id}>
                      <td colSpan={6}>
                        <h3 className="step-title">{t('services.editTitle', { name: service.name })}</h3>
                        <ServiceForm
                          service={service}
                          idPrefix={`service-edit-${service.id}`}
                          onCancel={() => setEditing(null)}
                          onSaved={(saved) => {
                            setEditing(null);
                            // The list shows the change before the message says it is saved.
                            void reload().then(() => setMessage(t('services.updated', { name: saved.name })));
                          }}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr key={service.id} className={service.retired ? 'row-retired' : undefined}>
                      <th scope="row" dir="auto">
                        {service.name}
                      </th>
                      <td>{t(`vocabulary:serviceTypes.${service.type}`)}</td>
                      <td>{service.odsCode ?? t('services.none')}</td>
                      <td>{service.cqcLocationId ?? t('services.none')}</td>
                      <td>{service.retired ? t('services.retired') : t('services.inUse')}</td>
                      <td>
                        {retiring === service.id ? (
                          <ConfirmPanel
                            title={t('services.retireConfirm', { name: service.name })}
                            confirmLabel={t('services.retireYes')}
                            cancelLabel={t('services.cancel')}
                            onConfirm={() => void retire(service)}
                            onCancel={() => setRetiring(null)}
                          >
                            <p>{t('services.retireBody')}</p>
                          </ConfirmPanel>
                        ) : (
                          <div className="row-actions">
                            <button type="button" className="button button-quiet button-small" aria-label={t('services.editNamed', { name: service.name })} onClick={() => setEditing(service.id)}>
                              {t('services.edit')}
                            </button>
                            {service.retired ? null : (
                              <button type="button" className="button button-quiet button-small" aria-label={t('services.retireNamed', { name: service.name })} onClick={() => setRetiring(service.id)}>
                                {t('services.retire')}
                              </button>
                            )}
                          </div>
                        )}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
