import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedactedStory } from '../../../../shared/review/schemas';
import { api, type ApiError } from '../../api/client';
import type { Area } from '../../shell/areas';
import { formatDay } from '../../ui/format';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { BackLink } from '../ui/ReviewLayout';
import { ReviewError } from '../ui/ReviewError';
import { SuggestThemeForm } from './SuggestThemeForm';

type Loaded = { state: 'loading' } | { state: 'loaded'; story: RedactedStory } | { state: 'failed'; error: ApiError };

/** For volunteers: one story's anonymised words (never the original), its themes, and a way to suggest more. */
export function AnonymisedStoryScreen({ storyId, go }: { storyId: string; go(area: Area, sub?: string | null): void }) {
  const { t } = useTranslation(['review', 'vocabulary']);
  useDocumentTitle(t('volunteer.pageTitle'));
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    void api.getRedactedStory({ id: storyId }).then((answer) => {
      if (live) setLoaded(answer.ok ? { state: 'loaded', story: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [storyId]);

  const story = loaded.state === 'loaded' ? loaded.story : null;
  return (
    <section className="area area-wide review story-detail" aria-labelledby="area-heading">
      <BackLink sub="stories" label={t('volunteer.back')} go={go} />
      <header className="area-header">
        <ScreenHeading id="area-heading" focusKey={`anonymised-${storyId}`}>
          {t('volunteer.storyTitle')}
        </ScreenHeading>
      </header>
      {loaded.state === 'loading' ? (
        <p className="muted" role="status">
          {t('story.loading')}
        </p>
      ) : null}
      {loaded.state === 'failed' ? <ReviewError error={loaded.error} id="anonymised-error" /> : null}
      {story ? (
        <div className="detail-grid">
          <div className="detail-main">
            <section className="panel" aria-labelledby="anonymised-words-title">
              <h2 className="panel-title" id="anonymised-words-title">
                {t('volunteer.wordsTitle')}
              </h2>
              <p className="panel-intro">{t('volunteer.wordsIntro')}</p>
              <div className="verbatim" dir="auto" data-testid="anonymised-text">
                {story.text}
              </div>
            </section>
          </div>
          <div className="detail-side">
            <section className="panel" aria-labelledby="anonymised-facts-title">
              <h2 className="panel-title" id="anonymised-facts-title">
                {t('volunteer.factsTitle')}
              </h2>
              <dl className="facts">
                <div className="fact">
                  <dt>{t('volunteer.heardOn')}</dt>
                  <dd>{formatDay(story.heardOn)}</dd>
                </div>
                <div className="fact">
                  <dt>{t('volunteer.channel')}</dt>
                  <dd>{t(`vocabulary:channels.${story.channel}`)}</dd>
                </div>
                <div className="fact">
                  <dt>{t('volunteer.services')}</dt>
                  <dd>{story.serviceTypes.length ? story.serviceTypes.map((type) => t(`vocabulary:serviceTypes.${type}`)).join(', ') : t('volunteer.noServices')}</dd>
                </div>
                <div className="fact">
                  <dt>{t('volunteer.sentiment')}</dt>
                  <dd>{story.sentiment ? t(`sentiments.${story.sentiment}`) : t('volunteer.noSentiment')}</dd>
                </div>
                <div className="fact">
                  <dt>{t('volunteer.themes')}</dt>
                  <dd>
                    {story.tags.length === 0 ? (
                      t('volunteer.noThemes')
                    ) : (
                      <ul className="plain-list" data-testid="anonymised-themes">
                        {story.tags.map((tag) => (
                          <li key={tag.id}>
                            {tag.parentName ? t('volunteer.subTheme', { theme: tag.parentName, subTheme: tag.codeName }) : tag.codeName}
                            {tag.sentiment ? ` ${t('volunteer.tagSentiment', { sentiment: t(`sentiments.${tag.sentiment}`) })}` : ''}
                          </li>
                        ))}
                      </ul>
                    )}
                  </dd>
                </div>
              </dl>
            </section>
            <SuggestThemeForm storyId={story.id} />
          </div>
        </div>
      ) : null}
    </section>
  );
}
