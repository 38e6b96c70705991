/** One equality question beside the census: chart, table, and what was not answered, kept apart. */
import { useTranslation } from 'react-i18next';
import { reachChart } from '../../../shared/insight/charts/dashboard-charts';
import { CENSUS_TABLES } from '../../../shared/insight/census';
import type { ReachTopic } from '../../../shared/insight/reach-schemas';
import { formatNumber } from '../ui/format';
import { ChartFigure } from './ChartFigure';
import { chartWords } from './chart-words';
import { ethnicityName } from './reach-names';

const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)}%`);

export function ReachTopicView({ topic, areaName }: { topic: ReachTopic; areaName: string }) {
  const { t } = useTranslation(['insight', 'workbench', 'capture']);
  const words = chartWords(t);
  const name = t(`reach.topics.${topic.topic}`);
  const apart = (
    <p className="meta">
      {t('reach.apart', { preferNot: formatNumber(topic.preferNotToSay), notAsked: formatNumber(topic.notAsked) })}
    </p>
  );
  if (!topic.available) {
    const table = CENSUS_TABLES[topic.table]!;
    return (
      <section className="insight-reach-topic" aria-labelledby={`reach-${topic.topic}`} data-testid={`reach-${topic.topic}`}>
        <h3 id={`reach-${topic.topic}`}>{name}</h3>
        <div className="notice notice-warning" role="note">
          <p>
            <strong>{t('reach.missingTitle', { topic: name, area: areaName })}</strong>
          </p>
          <p>{t('reach.missingBody', { table: table.code, title: table.title })}</p>
        </div>
        {apart}
      </section>
    );
  }
  return (
    <section className="insight-reach-topic" aria-labelledby={`reach-${topic.topic}`} data-testid={`reach-${topic.topic}`}>
      <ChartFigure
        id={`reach-chart-${topic.topic}`}
        title={name}
        description={t('reach.chartDescription')}
        spec={reachChart(topic, words, (group) => ({ value: group.heardShare ?? 0, text: percent(group.heardShare) }))}
        onOpen={() => undefined}
        level={3}
        table={
          <table className="table insight-table">
            <caption className="visually-hidden">{name}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reach.group')}</th>
                <th scope="col">{t('reach.heard')}</th>
                <th scope="col">{t('reach.heardShare')}</th>
                <th scope="col">{t('reach.populationShare')}</th>
              </tr>
            </thead>
            <tbody>
              {topic.groups.map((group) => (
                <tr key={group.key}>
                  <th scope="row">{topic.topic === 'ethnicity' ? ethnicityName(t, group.key) : words.groupName(topic.topic, group.key)}</th>
                  <td>{formatNumber(group.heard)}</td>
                  <td>{percent(group.heardShare)}</td>
                  <td>{percent(group.populationShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      {apart}
      {topic.topic === 'age' || topic.topic === 'disability' || topic.topic === 'language' ? <p className="meta">{t(`reach.notes.${topic.topic}`)}</p> : null}
      <p className="meta">
        {t('reach.source', { universe: topic.universe, total: formatNumber(topic.populationTotal), dataset: topic.source.dataset, publisher: topic.source.publisher, licence: topic.source.licence })}
      </p>
      {topic.imported ? <p className="meta">{t('reach.imported', { route: topic.source.route })}</p> : null}
    </section>
  );
}
