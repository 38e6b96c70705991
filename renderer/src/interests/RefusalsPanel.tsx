import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenRefusal } from '../../../shared/interests/schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useOwingCount } from './owing-count';
import { RefusalItem } from './RefusalItem';

/** Administrators, beside the register: work the register refused, not yet given to someone else or allowed. */
export function RefusalsPanel() {
  const { t } = useTranslation('interests');
  const [refusals, setRefusals] = useState<OpenRefusal[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');

  const load = async () => {
    const answer = await api.listOpenRefusals({});
    if (answer.ok) setRefusals(answer.value);
    else setError(answer.error);
  };
  useEffect(() => {
    let live = true;
    void api.listOpenRefusals({}).then((answer) => {
      if (!live) return;
      if (answer.ok) setRefusals(answer.value);
      else setError(answer.error);
    });
    return () => {
      live = false;
    };
  }, []);

  const settled = (text: string) => {
    // The list shows the change before the message says it is done.
    void load().then(() => {
      setMessage(text);
      document.getElementById('refusals-title')?.focus();
      void useOwingCount.getState().refresh();
    });
  };

  return (
    <section className="panel" aria-labelledby="refusals-title" data-testid="refusals">
      <h2 className="panel-title" id="refusals-title" tabIndex={-1}>
        {t('refusals.title')}
      </h2>
      <p className="panel-intro">{t('refusals.intro')}</p>
      <p className="form-status" role="status">
        {message}
      </p>
      {error ? <ErrorAlert error={error} id="refusals-error" /> : null}
      {refusals && refusals.length === 0 ? <p>{t('refusals.none')}</p> : null}
      {refusals && refusals.length > 0 ? (
        <ul className="refusal-list">
          {refusals.map((refusal) => (
            <RefusalItem key={refusal.id} refusal={refusal} onSettled={settled} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
