import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../../shared/capture/story';
import type { Highlight, Span } from '../../workbench/tagging/passage-offsets';
import { PassageText } from '../../workbench/tagging/PassageText';
import { Panel } from './Panel';

interface WordsPanelProps {
  story: StoryDetail;
  /** Tagged passages (and the one being chosen) to highlight over the words. */
  highlights?: readonly Highlight[];
  emphasis?: string | null;
  /** Selecting words offers them as a passage to tag. */
  onSelectPassage?(span: Span): void;
}

/**
 * The words exactly as stored: every space and line break shown, right-to-left text
 * the right way round; highlights of tagged passages sit over them without changing them.
 */
export function WordsPanel({ story, highlights, emphasis = null, onSelectPassage }: WordsPanelProps) {
  const { t } = useTranslation(['stories', 'vocabulary']);
  const total = story.revisions.length;
  return (
    <Panel id="story-words" title={t('detail.wordsTitle')}>
      <p className="muted">
        {t('detail.revisionOf', { current: total, total })}. {total > 1 ? t('detail.corrected') : t('detail.original')}
      </p>
      {highlights ? (
        <PassageText text={story.text} highlights={highlights} emphasis={emphasis} onSelect={onSelectPassage} labelledBy="story-words-title" />
      ) : (
        <div className="verbatim" dir="auto" data-testid="story-text">
          {story.text}
        </div>
      )}
      <dl className="facts facts-inline">
        <div className="fact">
          <dt>{t('detail.wordsKind')}</dt>
          <dd>{t(`vocabulary:wordsKinds.${story.wordsKind}`)}</dd>
        </div>
        <div className="fact">
          <dt>{t('detail.language')}</dt>
          <dd dir="auto">{story.language}</dd>
        </div>
        <div className="fact">
          <dt>{t('detail.interpreter')}</dt>
          <dd>{story.interpreter ? t('detail.yes') : t('detail.no')}</dd>
        </div>
        <div className="fact fact-wide">
          <dt>{t('detail.sha256')}</dt>
          <dd>
            <code className="hash" data-testid="story-sha256">
              {story.sha256}
            </code>
          </dd>
        </div>
      </dl>
    </Panel>
  );
}
