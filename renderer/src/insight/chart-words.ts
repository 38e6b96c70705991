/** The charts' words from the renderer's resources (the report has its own English). */
import type { TFunction } from 'i18next';
import type { ChartWords } from '../../../shared/insight/charts/dashboard-charts';
import { SENTIMENT_KEYS, type SentimentKey } from '../../../shared/insight/schemas';

export function chartWords(t: TFunction<['insight', 'workbench', 'capture']>): ChartWords {
  return {
    sentiment: Object.fromEntries(SENTIMENT_KEYS.map((key) => [key, t(`workbench:sentiment.${key}`)])) as Record<SentimentKey, string>,
    storiesAxis: t('insight:charts.storiesAxis'),
    shareAxis: t('insight:charts.shareAxis'),
    heard: t('insight:reach.heard'),
    population: t('insight:reach.population'),
    themesTitle: t('insight:charts.themes'),
    trendTitle: t('insight:charts.trend'),
    servicesTitle: t('insight:charts.services'),
    balanceTitle: t('insight:charts.balance'),
    mark: (what, count) => t('insight:charts.mark', { what, count }),
    share: (what, share) => t('insight:charts.share', { what, share }),
    // In a chart, an ethnic group by its own name (the table gives the broad group too).
    groupName: (topic, key) =>
      topic === 'ethnicity' ? t(`capture:equality.answers.ethnicity.${key}` as 'capture:equality.answers.ethnicity.white-irish') : t(`insight:reach.groups.${topic}.${key}` as 'insight:reach.groups.sex.female'),
  };
}
