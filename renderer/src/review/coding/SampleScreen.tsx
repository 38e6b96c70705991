import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useCurrentUser } from '../../app/session';
import type { Area } from '../../shell/areas';
import { formatDay } from '../../ui/format';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useFlashMessage } from '../review-flash';
import { reviewSub } from '../review-routes';
import { BackLink, FlashNotice, ReviewLink } from '../ui/ReviewLayout';
import { ReviewError } from '../ui/ReviewError';
import { useSamples, type Sample } from './useSamples';

type Go = (area: Area, sub?: string | null) => void;

/** One double-coding sample: its reviewers, how far each has got, and (for a reviewer) the stories to code. */
export function SampleScreen({ sampleId, go }: { sampleId: string; go: Go }) {
  const { t } = useTranslation('review');
  useDocumentTitle(t('sample.pageTitle'));
  const flash = useFlashMessage();
  const samples = useSamples();
  const me = useCurrentUser();
  const sample = samples.state === 'loaded' ? (samples.samples.find((candidate) => candidate.id === sampleId) ?? null) : null;
  const reviewer = sample !== null && me !== null && (sample.reviewerA.id === me.id || sample.reviewerB.id === me.id);

  return (
    <section className="area area-wide review" aria-labelledby="area-heading">
      <BackLink sub="coding" label={t('coding.back')} go={go} />
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`sample-${sampleId}`}>
          {sample ? t('sample.title', { name: sample.name }) : t('sample.pageTitle')}
        </ScreenHeading>
      </header>
      <FlashNotice message={flash} />
      {samples.state === 'loading' ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : null}
      {samples.state === 'failed' ? <ReviewError error={samples.error} /> : null}
      {samples.state === 'loaded' && !sample ? <p className="notice notice-warning">{t('sample.missing')}</p> : null}
      {sample ? (
        <>
          <dl className="facts facts-inline review-sample-facts">
            {[sample.reviewerA, sample.reviewerB].map((person, index) => (
              <div className="fact" key={person.id}>
                <dt>{index === 0 ? t('coding.reviewerA') : t('coding.reviewerB')}</dt>
                <dd>
                  <span dir="auto">{person.name}</span> · {t('coding.progress', { done: person.done, total: sample.storyIds.length })}
                </dd>
              </div>
            ))}
          </dl>
          <p>
            <ReviewLink className="button button-secondary" sub={reviewSub.report(sample.id)} go={go}>
              {t('sample.report')}
            </ReviewLink>
          </p>
          {reviewer ? <MyStories sample={sample} go={go} /> : <p className="notice notice-info">{t('sample.notReviewer')}</p>}
        </>
      ) : null}
    </section>
  );
}

type Row = { id: string; excerpt: string | null; heardOn: string | null; codes: number | null };

/** The sample's stories with this reviewer's own progress on each (never the other reviewer's coding). */
function MyStories({ sample, go }: { sample: Sample; go: Go }) {
  const { t } = useTranslation('review');
  const [rows, setRows] = useState<Row[]>(() => sample.storyIds.map((id) => ({ id, excerpt: null, heardOn: null, codes: null })));

  useEffect(() => {
    let live = true;
    void Promise.all(
      sample.storyIds.map(async (id): Promise<Row> => {
        const [story, mine] = await Promise.all([api.getStory({ id }), api.getMySampleCoding({ sampleId: sample.id, storyId: id })]);
        return {
          id,
          excerpt: story.ok ? story.value.text.slice(0, 160) : null,
          heardOn: story.ok ? story.value.heardOn : null,
          codes: mine.ok ? mine.value.length : null,
        };
      }),
    ).then((next) => {
      if (live) setRows(next);
    });
    return () => {
      live = false;
    };
  }, [sample]);

  const firstToDo = rows.find((row) => row.codes === 0) ?? rows[0];
  return (
    <section className="panel" aria-labelledby="my-sample-title">
      <h2 className="panel-title" id="my-sample-title">
        {t('sample.mineTitle')}
      </h2>
      <p className="panel-intro">{t('sample.mineIntro')}</p>
      {firstToDo ? (
        <p>
          <ReviewLink className="button button-primary" sub={reviewSub.codeStory(sample.id, firstToDo.id)} go={go}>
            {t('sample.start')}
          </ReviewLink>
        </p>
      ) : null}
      <ol className="review-sample-stories">
        {rows.map((row, index) => (
          <li key={row.id} className="review-sample-story" data-testid="sample-story">
            <p className="review-sample-story-words" dir="auto">
              {row.excerpt ?? t('sample.storyNumber', { number: index + 1 })}
            </p>
            <p className="story-meta">
              {row.heardOn ? `${t('heardOn', { date: formatDay(row.heardOn) })} · ` : ''}
              {row.codes === null ? '' : row.codes === 0 ? t('sample.notCoded') : t('sample.coded', { count: row.codes })}
            </p>
            <ReviewLink className="story-open" sub={reviewSub.codeStory(sample.id, row.id)} go={go}>
              {t('sample.code', { number: index + 1 })}
            </ReviewLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
