/**
 * The dashboard's four charts, each with its table. Every mark and every count in
 * the tables opens, in Stories, the stories it counts, with the same filters.
 */
import { useTranslation } from 'react-i18next';
import { dashboardCharts } from '../../../shared/insight/charts/dashboard-charts';
import { LINK_PREFIX } from '../../../shared/insight/charts/links';
import type { ShownCount } from '../../../shared/insight/disclosure';
import { SENTIMENT_KEYS, type Dashboard, type DashboardRequest, type SentimentCounts } from '../../../shared/insight/schemas';
import { storyFiltersFor, type CountAddress } from '../../../shared/insight/story-links';
import type { StoryFilters } from '../../../shared/workbench/schemas';
import { ChartFigure } from './ChartFigure';
import { chartWords } from './chart-words';
import { CountLink } from './CountLink';

interface FiguresProps {
  dashboard: Dashboard;
  request: DashboardRequest;
  shown(count: number): ShownCount;
  open(filters: StoryFilters): void;
}

export function DashboardFigures({ dashboard, request, shown, open }: FiguresProps) {
  const { t } = useTranslation(['insight', 'workbench', 'capture']);
  const words = chartWords(t);
  // Each chart's links, in the order the chart builder asks for them.
  const links: Record<string, CountAddress[]> = {};
  const linker = (chart: string) => (address: CountAddress) => {
    const list = (links[chart] ??= []);
    list.push(address);
    return `${LINK_PREFIX}${list.length - 1}`;
  };
  const charts = {
    themes: dashboardCharts(dashboard, { words, shown, link: linker('themes') }).themes,
    trend: dashboardCharts(dashboard, { words, shown, link: linker('trend') }).trend,
    services: dashboardCharts(dashboard, { words, shown, link: linker('services') }).services,
    balance: dashboardCharts(dashboard, { words, shown, link: linker('balance') }).balance,
  };
  const opener = (chart: string) => (index: number) => {
    const address = links[chart]?.[index];
    if (address) open(storyFiltersFor(request, address));
  };
  const openAt = (address: CountAddress) => () => open(storyFiltersFor(request, address));
  const granularity = t(`granularityWord.${request.granularity}`);
  const sentimentHeads = SENTIMENT_KEYS.map((key) => (
    <th scope="col" key={key}>
      {t(`workbench:sentiment.${key}`)}
    </th>
  ));
  const sentimentCells = (counts: SentimentCounts, what: string, address: CountAddress) =>
    SENTIMENT_KEYS.map((key) => (
      <td key={key}>
        <CountLink what={`${what}, ${t(`workbench:sentiment.${key}`)}`} count={shown(counts[key])} onOpen={openAt({ ...address, sentiment: key })} />
      </td>
    ));

  return (
    <div className="insight-figures">
      {dashboard.themes.length === 0 ? (
        <p className="notice">{t('charts.noThemes')}</p>
      ) : (
        <ChartFigure
          id="insight-themes"
          title={t('charts.themes')}
          description={t('charts.themesDescription')}
          spec={charts.themes}
          onOpen={opener('themes')}
          table={
            <table className="table insight-table">
              <caption className="visually-hidden">{t('charts.themes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('charts.theme')}</th>
                  <th scope="col">{t('charts.total')}</th>
                  {sentimentHeads}
                </tr>
              </thead>
              <tbody>
                {dashboard.themes.map((theme) => (
                  <tr key={theme.codeId}>
                    <th scope="row">{theme.name}</th>
                    <td>
                      <CountLink what={theme.name} count={shown(theme.total)} onOpen={openAt({ codeId: theme.codeId })} />
                    </td>
                    {sentimentCells(theme.sentiments, theme.name, { codeId: theme.codeId })}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      {dashboard.trend.themes.length > 0 ? (
        <ChartFigure
          id="insight-trend"
          title={t('charts.trend')}
          description={t('charts.trendDescription', { granularity })}
          spec={charts.trend}
          onOpen={opener('trend')}
          table={
            <table className="table insight-table">
              <caption className="visually-hidden">{t('charts.trend')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('charts.theme')}</th>
                  {dashboard.trend.buckets.map((bucket) => (
                    <th scope="col" key={bucket}>
                      {bucket}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {dashboard.trend.themes.map((theme) => (
                  <tr key={theme.codeId}>
                    <th scope="row">{theme.name}</th>
                    {theme.counts.map((count, index) => (
                      <td key={dashboard.trend.buckets[index]}>
                        <CountLink what={`${theme.name}, ${dashboard.trend.buckets[index]}`} count={shown(count)} onOpen={openAt({ codeId: theme.codeId, bucket: dashboard.trend.buckets[index]! })} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : null}
      {dashboard.services.length > 0 ? (
        <ChartFigure
          id="insight-services"
          title={t('charts.services')}
          description={t('charts.servicesDescription')}
          spec={charts.services}
          onOpen={opener('services')}
          table={
            <table className="table insight-table">
              <caption className="visually-hidden">{t('charts.services')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('charts.serviceName')}</th>
                  <th scope="col">{t('charts.total')}</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.services.map((service) => (
                  <tr key={service.serviceId}>
                    <th scope="row">{service.name}</th>
                    <td>
                      <CountLink what={service.name} count={shown(service.total)} onOpen={openAt({ serviceId: service.serviceId })} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : null}
      <ChartFigure
        id="insight-balance"
        title={t('charts.balance')}
        description={t('charts.balanceDescription', { granularity })}
        spec={charts.balance}
        onOpen={opener('balance')}
        table={
          <table className="table insight-table">
            <caption className="visually-hidden">{t('charts.balance')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.bucket')}</th>
                <th scope="col">{t('charts.total')}</th>
                {sentimentHeads}
              </tr>
            </thead>
            <tbody>
              {dashboard.balance.map((column) => (
                <tr key={column.bucket}>
                  <th scope="row">{column.bucket}</th>
                  <td>
                    <CountLink what={column.bucket} count={shown(column.total)} onOpen={openAt({ bucket: column.bucket })} />
                  </td>
                  {sentimentCells(column.sentiments, column.bucket, { bucket: column.bucket })}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}
