import { useTranslation } from 'react-i18next';
import { PREFER_NOT_TO_SAY, type Equality } from '../../../../shared/capture/equality';
import type { StoryDetail } from '../../../../shared/capture/story';
import { EQUALITY_CHOICE_KEYS } from '../../capture/capture-values';
import { equalityLabel } from '../../capture/equality-options';
import { Panel } from './Panel';

/** The optional equality answers, in words. */
export function AboutPanel({ story }: { story: StoryDetail }) {
  const { t } = useTranslation('capture');
  const { t: ts } = useTranslation('stories');
  const answers: Equality = story.equality;
  const free = (value: string) => (value === PREFER_NOT_TO_SAY ? t('equality.preferNotToSay') : value);
  const rows: Array<[string, string]> = [
    ...EQUALITY_CHOICE_KEYS.flatMap((key): Array<[string, string]> => {
      const value = answers[key];
      return value ? [[t(`equality.${key}`), equalityLabel(t, key, value)]] : [];
    }),
    ...(answers.firstLanguage ? [[t('equality.firstLanguage'), free(answers.firstLanguage)] as [string, string]] : []),
    ...(answers.postcodeDistrict ? [[t('equality.postcode'), free(answers.postcodeDistrict)] as [string, string]] : []),
  ];
  return (
    <Panel id="story-about" title={ts('detail.aboutTitle')}>
      {rows.length === 0 ? (
        <p className="muted">{ts('detail.noAbout')}</p>
      ) : (
        <dl className="facts">
          {rows.map(([label, value]) => (
            <div className="fact" key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </Panel>
  );
}
