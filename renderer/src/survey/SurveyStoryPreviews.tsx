import { useTranslation } from 'react-i18next';
import { PREFER_NOT_TO_SAY } from '../../../shared/capture/equality';
import type { SurveyStoryPreview } from '../../../shared/survey/schemas';
import { formatDay } from '../ui/format';
import { equalityLabel } from '../capture/equality-options';

/** The first stories exactly as they will be stored: the words untouched, the rest beside them. */
export function SurveyStoryPreviews({ stories }: { stories: readonly SurveyStoryPreview[] }) {
  const { t } = useTranslation('survey');
  const { t: tc } = useTranslation('capture');
  const yesNo = (value: boolean) => (value ? t('preview.yes') : t('preview.no'));
  const equalityOf = (story: SurveyStoryPreview): string => {
    const { ageBand, sex, ethnicity, postcodeDistrict } = story.equality;
    const parts = [
      ageBand ? `${tc('equality.ageBand')}: ${equalityLabel(tc, 'ageBand', ageBand)}` : null,
      sex ? `${tc('equality.sex')}: ${equalityLabel(tc, 'sex', sex)}` : null,
      ethnicity ? `${tc('equality.ethnicity')}: ${equalityLabel(tc, 'ethnicity', ethnicity)}` : null,
      postcodeDistrict ? `${tc('equality.postcode')}: ${postcodeDistrict === PREFER_NOT_TO_SAY ? tc('equality.preferNotToSay') : postcodeDistrict}` : null,
    ].filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join('; ') : t('preview.noEquality');
  };
  return (
    <section aria-labelledby="survey-stories-title">
      <h4 className="survey-subtitle" id="survey-stories-title">
        {t('preview.storiesTitle')}
      </h4>
      <ol className="survey-stories">
        {stories.map((story) => (
          <li key={story.row} className="survey-story">
            <p className="survey-story-row">{t('preview.storyRow', { row: story.row })}</p>
            <p className="survey-words" dir="auto">
              {story.text}
            </p>
            <dl className="survey-story-facts">
              <div>
                <dt>{t('preview.heardOn')}</dt>
                <dd>{formatDay(story.heardOn)}</dd>
              </div>
              <div>
                <dt>{t('preview.service')}</dt>
                <dd>{story.serviceName ?? t('preview.noService')}</dd>
              </div>
              <div>
                <dt>{t('preview.language')}</dt>
                <dd dir="auto">{story.language}</dd>
              </div>
              <div>
                <dt>{t('preview.share')}</dt>
                <dd>{yesNo(story.consent.share)}</dd>
              </div>
              <div>
                <dt>{t('preview.quote')}</dt>
                <dd>{yesNo(story.consent.quote)}</dd>
              </div>
              <div>
                <dt>{t('preview.equality')}</dt>
                <dd>{equalityOf(story)}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
