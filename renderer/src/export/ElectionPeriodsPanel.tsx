import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectionPeriod } from '../../../shared/export/schemas';
import { api, type ApiError } from '../api/client';
import { ConfirmPanel } from '../ui/ConfirmPanel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDay, localToday } from '../ui/format';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';

type Problem = 'name' | 'noticeDate' | 'pollingDay' | 'order';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Staff record pre-election periods (notice of election to polling day) and the candidates standing. */
export function ElectionPeriodsPanel({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation('intelligence');
  const [periods, setPeriods] = useState<ElectionPeriod[] | null>(null);
  const [name, setName] = useState('');
  const [noticeDate, setNoticeDate] = useState('');
  const [pollingDay, setPollingDay] = useState('');
  const [candidates, setCandidates] = useState('');
  const [problems, setProblems] = useState<ReadonlySet<Problem>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [removing, setRemoving] = useState<ElectionPeriod | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    void api.listElectionPeriods({}).then((answer) => (answer.ok ? setPeriods(answer.value) : setError(answer.error)));
  }, []);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const found = new Set<Problem>();
    if (name.trim() === '') found.add('name');
    if (!DATE.test(noticeDate)) found.add('noticeDate');
    if (!DATE.test(pollingDay)) found.add('pollingDay');
    else if (DATE.test(noticeDate) && pollingDay < noticeDate) found.add('order');
    setProblems(found);
    setAdded(null);
    if (found.size > 0) {
      const first = found.has('name') ? 'period-name' : found.has('noticeDate') ? 'period-notice' : 'period-polling';
      return document.getElementById(first)?.focus();
    }
    const names = candidates
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
    const answer = await api.addElectionPeriod({ name, noticeDate, pollingDay, candidates: names });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setAdded(answer.value.name);
    setName('');
    setNoticeDate('');
    setPollingDay('');
    setCandidates('');
    const list = await api.listElectionPeriods({});
    if (list.ok) setPeriods(list.value);
    onChanged();
  };

  const remove = async (period: ElectionPeriod) => {
    const answer = await api.removeElectionPeriod({ id: period.id });
    setRemoving(null);
    if (!answer.ok) return setError(answer.error);
    setPeriods(answer.value);
    onChanged();
    requestAnimationFrame(() => document.getElementById('periods-title')?.focus());
  };

  const today = localToday();
  return (
    <section className="panel" aria-labelledby="periods-title" data-testid="election-periods">
      <h2 className="panel-title" id="periods-title" tabIndex={-1}>
        {t('periods.title')}
      </h2>
      <p className="panel-intro">{t('periods.intro')}</p>
      {error ? <ErrorAlert error={error} lead={t('periods.failed')} /> : null}
      {periods === null ? null : periods.length === 0 ? (
        <p className="empty-state">{t('periods.none')}</p>
      ) : (
        <table className="intelligence-table">
          <thead>
            <tr>
              <th scope="col">{t('periods.name')}</th>
              <th scope="col">{t('periods.noticeDate')}</th>
              <th scope="col">{t('periods.pollingDay')}</th>
              <th scope="col">{t('periods.candidates')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('periods.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id} data-testid="election-period">
                <th scope="row">
                  {p.name}
                  {p.noticeDate <= today && today <= p.pollingDay ? <span className="intelligence-badge"> {t('periods.current')}</span> : null}
                </th>
                <td>{formatDay(p.noticeDate)}</td>
                <td>{formatDay(p.pollingDay)}</td>
                <td>{t('periods.candidateCount', { count: p.candidates.length })}</td>
                <td>
                  <button type="button" className="button button-secondary button-small" aria-label={t('periods.removeLabel', { name: p.name })} onClick={() => setRemoving(p)}>
                    {t('periods.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {removing ? (
        <ConfirmPanel
          title={t('periods.removeTitle', { name: removing.name })}
          confirmLabel={t('periods.removeYes')}
          cancelLabel={t('periods.keep')}
          danger
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        >
          <p>{t('periods.removeBody')}</p>
        </ConfirmPanel>
      ) : null}
      <h3>{t('periods.addTitle')}</h3>
      <p className={added ? 'notice notice-success' : 'visually-hidden'} role="status">
        {added ? t('periods.added', { name: added }) : ''}
      </p>
      <form className="form" noValidate onSubmit={(event) => void add(event)}>
        <TextField id="period-name" label={t('periods.name')} value={name} onValueChange={setName} maxLength={200} error={problems.has('name') ? t('periods.nameRequired') : null} />
        <div className="intelligence-dates">
          <TextField id="period-notice" type="date" label={t('periods.noticeDate')} value={noticeDate} onValueChange={setNoticeDate} error={problems.has('noticeDate') ? t('periods.dateRequired') : null} />
          <TextField
            id="period-polling"
            type="date"
            label={t('periods.pollingDay')}
            value={pollingDay}
            onValueChange={setPollingDay}
            error={problems.has('pollingDay') ? t('periods.dateRequired') : problems.has('order') ? t('periods.order') : null}
          />
        </div>
        <TextAreaField id="period-candidates" label={t('periods.candidates')} hint={t('periods.candidatesHint')} value={candidates} onValueChange={setCandidates} rows={3} />
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t('periods.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
