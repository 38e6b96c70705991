import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../../shared/recommendations/schemas';
import { api, type ApiError } from '../../api/client';
import { LoadStatus } from '../../review/ui/LoadStatus';
import { ConfirmPanel } from '../../ui/ConfirmPanel';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useAnswer } from '../ui/use-answer';
import { StakeholderForm } from './StakeholderForm';

/** The stakeholder register: trusts, the ICB, the council, providers, CQC, with their contacts. */
export function StakeholdersSection() {
  const { t } = useTranslation('recommendations');
  const { answer, reload } = useAnswer(useCallback(() => api.listStakeholders({ includeRetired: true }), []));
  const [editing, setEditing] = useState<string | null>(null);
  const [retiring, setRetiring] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const stakeholders = answer.state === 'loaded' ? answer.value : [];

  const saved = (text: string) => {
    reload();
    setMessage(text);
  };
  const retire = async (stakeholder: Stakeholder) => {
    const result = await api.retireStakeholder({ id: stakeholder.id });
    setRetiring(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    saved(t('stakeholders.retiredDone', { name: stakeholder.name }));
  };

  return (
    <div className="settings-grid">
      <section className="panel" aria-labelledby="stakeholder-add-title">
        <h2 className="panel-title" id="stakeholder-add-title">
          {t('stakeholders.addTitle')}
        </h2>
        <StakeholderForm idPrefix="stakeholder-add" onSaved={(s) => saved(t('stakeholders.added', { name: s.name }))} />
      </section>
      <section className="panel" aria-labelledby="stakeholders-title">
        <h2 className="panel-title" id="stakeholders-title">
          {t('stakeholders.title')}
        </h2>
        <p className="panel-intro">{t('stakeholders.intro')}</p>
        <p className="form-status" role="status">
          {message}
        </p>
        {error ? <ErrorAlert error={error} id="stakeholders-error" /> : null}
        <LoadStatus load={answer} count={stakeholders.length} errorId="stakeholders-load-error" empty={t('stakeholders.empty')} />
        <ul className="plan-list">
          {stakeholders.map((stakeholder) => (
            <li key={stakeholder.id} className={stakeholder.retired ? 'plan-item row-retired' : 'plan-item'} data-testid="stakeholder">
              {editing === stakeholder.id ? (
                <>
                  <h3 className="step-title">{t('stakeholders.editTitle', { name: stakeholder.name })}</h3>
                  <StakeholderForm
                    idPrefix={`stakeholder-edit-${stakeholder.id}`}
                    stakeholder={stakeholder}
                    onCancel={() => setEditing(null)}
                    onSaved={(s) => {
                      setEditing(null);
                      saved(t('stakeholders.updated', { name: s.name }));
                    }}
                  />
                </>
              ) : (
                <>
                  <h3 className="plan-item-title" dir="auto">
                    {stakeholder.name}
                  </h3>
                  <p className="story-meta">
                    {t(`stakeholderKinds.${stakeholder.kind}`)}
                    {stakeholder.retired ? ` · ${t('stakeholders.retired')}` : ''}
                  </p>
                  {stakeholder.contacts.length > 0 ? (
                    <ul className="plain-list">
                      {stakeholder.contacts.map((c, i) => (
                        <li key={i} dir="auto">
                          {[c.name, c.role, c.email, c.phone].filter((part) => part.trim() !== '').join(' · ')}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {retiring === stakeholder.id ? (
                    <ConfirmPanel
                      title={t('stakeholders.retireConfirm', { name: stakeholder.name })}
                      confirmLabel={t('stakeholders.retireYes')}
                      cancelLabel={t('cancel')}
                      onConfirm={() => void retire(stakeholder)}
                      onCancel={() => setRetiring(null)}
                    >
                      <p>{t('stakeholders.retireBody')}</p>
                    </ConfirmPanel>
                  ) : (
                    <div className="row-actions">
                      <button type="button" className="button button-quiet button-small" aria-label={t('stakeholders.editNamed', { name: stakeholder.name })} onClick={() => setEditing(stakeholder.id)}>
                        {t('stakeholders.edit')}
                      </button>
                      {stakeholder.retired ? null : (
                        <button type="button" className="button button-quiet button-small" aria-label={t('stakeholders.retireNamed', { name: stakeholder.name })} onClick={() => setRetiring(stakeholder.id)}>
                          {t('stakeholders.retire')}
                        </button>
                      )}
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
