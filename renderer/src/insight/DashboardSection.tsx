/**
 * The dashboard: what people said over the chosen period, with exact counts for
 * staff (and a switch to see them as they will be shared), the charts with their
 * tables, and the quotes chosen for each theme.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disclosed, type ShownCount } from '../../../shared/insight/disclosure';
import type { Area } from '../shell/areas';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatNumber } from '../ui/format';
import { DashboardFigures } from './DashboardFigures';
import { PeriodControls } from './PeriodControls';
import { QuotesPanel } from './QuotesPanel';
import { useDashboard } from './use-dashboard';
import { useOpenStories } from './use-open-stories';

const exact = (count: number): ShownCount => ({ value: count, text: formatNumber(count) });

export function DashboardSection({ go }: { go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('insight');
  const state = useDashboard();
  const open = useOpenStories(go);
  const [shared, setShared] = useState(false);
  const shown = shared ? disclosed : exact;

  return (
    <div className="insight-dashboard">
      <PeriodControls />
      <p className="notice insight-note" id="insight-exact-note">
        {shared ? t('sharedNote') : t('exactNote')}
      </p>
      <label className="checkbox insight-shared-toggle">
        <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} id="insight-shared" />
        <span>{t('sharedToggle')}</span>
      </label>
      {state.status === 'loading' ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : null}
      {state.status === 'failed' ? <ErrorAlert error={state.error} lead={t('failed')} /> : null}
      {state.status === 'loaded' && state.dashboard.total === 0 ? (
        <div className="empty-state" data-testid="insight-empty" role="status">
          <p className="empty-state-title">{t('empty.title')}</p>
          <p className="empty-state-body">{t('empty.body')}</p>
        </div>
      ) : null}
      {state.status === 'loaded' && state.dashboard.total > 0 ? (
        <>
          <section className="insight-summary" aria-label={t('summary.label')}>
            <dl className="insight-summary-list">
              <div>
                <dt>{t('summary.stories')}</dt>
                <dd data-testid="insight-total">{shown(state.dashboard.total).text}</dd>
              </div>
              <div>
                <dt>{t('summary.positive')}</dt>
                <dd>{shown(state.dashboard.sentiments.positive).text}</dd>
              </div>
              <div>
                <dt>{t('summary.negative')}</dt>
                <dd>{shown(state.dashboard.sentiments.negative).text}</dd>
              </div>
              <div>
                <dt>{t('summary.unrated')}</dt>
                <dd>{shown(state.dashboard.sentiments.unrated).text}</dd>
              </div>
              <div>
                <dt>{t('summary.themes')}</dt>
                <dd>{formatNumber(state.dashboard.themes.length)}</dd>
              </div>
            </dl>
          </section>
          <DashboardFigures dashboard={state.dashboard} request={state.request} shown={shown} open={open} />
          <QuotesPanel themes={state.dashboard.themes} period={state.request.period} />
        </>
      ) : null}
    </div>
  );
}
