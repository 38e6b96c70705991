import { useTranslation } from 'react-i18next';
import type { Area } from '../../shell/areas';
import { formatDateTime } from '../../ui/format';
import { useFlashMessage } from '../review-flash';
import { reviewSub } from '../review-routes';
import { FlashNotice, ReviewLink } from '../ui/ReviewLayout';
import { LoadStatus } from '../ui/LoadStatus';
import { useSamples } from './useSamples';

/** Double coding: the samples two reviewers code independently, to measure how far they agree. */
export function SamplesList({ go }: { go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation('review');
  const flash = useFlashMessage();
  const samples = useSamples();
  return (
    <div className="review-section" data-testid="samples">
      <h2 className="review-section-title">{t('coding.title')}</h2>
      <p className="review-intro">{t('coding.intro')}</p>
      <FlashNotice message={flash} />
      <p>
        <ReviewLink className="button button-primary" sub={reviewSub.newSample()} go={go}>
          {t('coding.new')}
        </ReviewLink>
      </p>
      <LoadStatus load={samples} count={samples.state === 'loaded' ? samples.samples.length : 0} errorId="samples-error" empty={t('coding.empty')} />
      {samples.state === 'loaded' && samples.samples.length > 0 ? (
        <div className="review-table-wrap">
          <table className="review-table" data-testid="samples-table">
            <caption className="visually-hidden">{t('coding.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coding.name')}</th>
                <th scope="col">{t('coding.stories')}</th>
                <th scope="col">{t('coding.reviewerA')}</th>
                <th scope="col">{t('coding.reviewerB')}</th>
                <th scope="col">{t('coding.created')}</th>
              </tr>
            </thead>
            <tbody>
              {samples.samples.map((sample) => (
                <tr key={sample.id} data-testid="sample-row">
                  <th scope="row">
                    <ReviewLink sub={reviewSub.sample(sample.id)} go={go}>
                      <span dir="auto">{sample.name}</span>
                    </ReviewLink>
                  </th>
                  <td>{sample.storyIds.length}</td>
                  <td>
                    <span dir="auto">{sample.reviewerA.name}</span>
                    <br />
                    <span className="muted">{t('coding.progress', { done: sample.reviewerA.done, total: sample.storyIds.length })}</span>
                  </td>
                  <td>
                    <span dir="auto">{sample.reviewerB.name}</span>
                    <br />
                    <span className="muted">{t('coding.progress', { done: sample.reviewerB.done, total: sample.storyIds.length })}</span>
                  </td>
                  <td>{formatDateTime(sample.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
