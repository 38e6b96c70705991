/**
 * Reach: who was heard (the optional equality answers, the postcode districts given)
 * beside the chosen area's population in Census 2021, so the organisation can see
 * which communities it has not yet heard. An area without a table says so, and how
 * to bring one in.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reach } from '../../../shared/insight/reach-schemas';
import { api, type ApiError } from '../api/client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { SelectField } from '../ui/SelectField';
import { formatNumber } from '../ui/format';
import { CensusImportPanel } from './CensusImportPanel';
import { useInsight } from './insight-store';
import { PeriodControls } from './PeriodControls';
import { ReachTopicView } from './ReachTopicView';
import { useCensusAreas } from './use-census-areas';

type ReachState = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; error: ApiError } | { status: 'loaded'; reach: Reach };

export function ReachSection() {
  const { t } = useTranslation('insight');
  const [refresh, setRefresh] = useState(0);
  const areas = useCensusAreas(refresh);
  const { period, filter, areaCode, chooseArea } = useInsight();
  const key = JSON.stringify({ areaCode, period, filter, refresh });
  // The answer with the request it answers: until the newest one's answer comes, it is loading.
  const [answer, setAnswer] = useState<{ key: string; state: ReachState } | null>(null);
  useEffect(() => {
    if (!areaCode) return undefined;
    let live = true;
    void api.getReach({ areaCode, period, filter }).then((result) => {
      if (live) setAnswer({ key, state: result.ok ? { status: 'loaded', reach: result.value } : { status: 'failed', error: result.error } });
    });
    return () => {
      live = false;
    };
    // `key` stands for the request's parts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const state: ReachState = !areaCode ? { status: 'idle' } : answer?.key === key ? answer.state : { status: 'loading' };

  return (
    <div className="insight-reach">
      <p className="panel-intro">{t('reach.intro')}</p>
      <PeriodControls withGranularity={false} />
      <SelectField
        id="insight-area"
        label={t('reach.area')}
        hint={t('reach.areaHint')}
        value={areaCode}
        onValueChange={chooseArea}
        options={[{ value: '', label: t('reach.chooseArea') }, ...areas.map((area) => ({ value: area.code, label: area.name }))]}
      />
      {state.status === 'loading' ? (
        <p className="muted" role="status">
          {t('reach.loading')}
        </p>
      ) : null}
      {state.status === 'failed' ? <ErrorAlert error={state.error} lead={t('reach.failed')} /> : null}
      {state.status === 'loaded' ? (
        <section aria-labelledby="reach-title" data-testid="reach-result">
          <h2 id="reach-title">{state.reach.areaName}</h2>
          <p>{t('reach.heardTotal', { count: state.reach.heardTotal })}</p>
          {state.reach.topics.map((topic) => (
            <ReachTopicView key={topic.topic} topic={topic} areaName={state.reach.areaName} />
          ))}
          <section className="insight-reach-topic" aria-labelledby="reach-districts">
            <h3 id="reach-districts">{t('reach.districts')}</h3>
            <p className="meta">{t('reach.districtsNote')}</p>
            {state.reach.districts.length === 0 ? <p className="muted">{t('reach.noDistricts')}</p> : null}
            {state.reach.districts.length > 0 ? (
              <table className="table insight-table">
                <thead>
                  <tr>
                    <th scope="col">{t('reach.district')}</th>
                    <th scope="col">{t('reach.heard')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.reach.districts.map((d) => (
                    <tr key={d.district}>
                      <th scope="row">{d.district}</th>
                      <td>{formatNumber(d.heard)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <p className="meta">{t('reach.apart', { preferNot: formatNumber(state.reach.districtsPreferNotToSay), notAsked: formatNumber(state.reach.districtsNotAsked) })}</p>
          </section>
        </section>
      ) : null}
      <CensusImportPanel onImported={() => setRefresh((n) => n + 1)} />
    </div>
  );
}
