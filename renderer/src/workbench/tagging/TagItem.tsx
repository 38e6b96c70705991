/**
 * One tag on a story: its theme, what it covers (the whole story, a passage, or a
 * passage of an earlier version of the words), its own sentiment and Remove.
 * With the focus anywhere on it: 1-4 (or P, N, U, M) set the sentiment, 0 clears
 * it, Delete removes the tag, Up and Down move to the other tags.
 */
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SENTIMENTS, type Sentiment, type Tag } from '../../../../shared/workbench/schemas';
import { isTyping, sentimentForKey, SENTIMENT_SHORTCUTS } from './sentiment-keys';

const EXCERPT = 90;

/** A passage's words for the tag list: the start and end of a long one, with an ellipsis between. */
export function passageExcerpt(text: string, start: number, end: number): string {
  const words = text.slice(start, end);
  if (words.length <= EXCERPT) return words;
  return `${words.slice(0, EXCERPT / 2).trimEnd()} … ${words.slice(-EXCERPT / 2).trimStart()}`;
}

interface TagItemProps {
  tag: Tag;
  text: string;
  currentRevision: number;
  busy: boolean;
  onSentiment(tag: Tag, sentiment: Sentiment | null): void;
  onRemove(tag: Tag): void;
  onFocusChange(tagId: number | null): void;
}

export function TagItem({ tag, text, currentRevision, busy, onSentiment, onRemove, onFocusChange }: TagItemProps) {
  const { t } = useTranslation('workbench');
  const nameId = `tag-${tag.id}-name`;
  const name = tag.parentName ? `${tag.parentName} › ${tag.codeName}` : tag.codeName;
  const passage = tag.passage;
  const earlier = passage !== null && passage.revision !== currentRevision;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onRemove(tag);
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const all = [...document.querySelectorAll<HTMLElement>('[data-tag-item]')];
      const here = all.indexOf(event.currentTarget);
      const next = all[here + (event.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
      return;
    }
    const sentiment = sentimentForKey(event.key);
    if (sentiment === undefined || event.shiftKey) return;
    event.preventDefault();
    onSentiment(tag, sentiment);
  };

  return (
    <li className="wb-tag-row">
      <div
        className={tag.sentiment ? `wb-tag wb-tag-${tag.sentiment}` : 'wb-tag'}
        role="group"
        tabIndex={0}
        data-tag-item={tag.id}
        data-testid="story-tag"
        aria-labelledby={nameId}
        aria-describedby={`${nameId}-what ${nameId}-sentiment tag-keys-hint`}
        aria-keyshortcuts={SENTIMENT_SHORTCUTS}
        onKeyDown={onKeyDown}
        onFocus={() => onFocusChange(tag.id)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onFocusChange(null);
        }}
      >
        <div className="wb-tag-head">
          <span className="wb-tag-name" id={nameId} dir="auto">
            {name}
          </span>
          <span className="wb-tag-what" id={`${nameId}-what`}>
            {passage === null ? (
              <span className="muted">{t('tags.wholeStory')}</span>
            ) : earlier ? (
              <span className="wb-tag-earlier">{t('tags.earlier', { revision: passage.revision })}</span>
            ) : (
              <>
                <span className="visually-hidden">{t('tags.passage')}: </span>
                <q className="wb-tag-passage" dir="auto">
                  {passageExcerpt(text, passage.start, passage.end)}
                </q>
              </>
            )}
          </span>
        </div>
        <div className="wb-tag-controls">
          <span className="visually-hidden" id={`${nameId}-sentiment`}>
            {tag.sentiment ? t('tags.sentimentIs', { sentiment: t(`sentiment.${tag.sentiment}`) }) : t('tags.noSentiment')}
          </span>
          <div className="wb-sentiment-buttons" role="group" aria-label={t('tags.sentimentFor', { name })}>
            {SENTIMENTS.map((sentiment, index) => (
              <button
                key={sentiment}
                type="button"
                className={`wb-sentiment-button wb-sentiment-${sentiment}`}
                aria-pressed={tag.sentiment === sentiment}
                aria-disabled={busy || undefined}
                onClick={() => onSentiment(tag, tag.sentiment === sentiment ? null : sentiment)}
              >
                {t(`sentiment.${sentiment}`)}
                <kbd className="wb-key" aria-hidden="true">
                  {index + 1}
                </kbd>
              </button>
            ))}
          </div>
          <button type="button" className="button button-quiet button-small wb-tag-remove" onClick={() => onRemove(tag)} aria-disabled={busy || undefined}>
            {t('tags.remove')}
            {' '}<span className="visually-hidden">{name}</span>
          </button>
        </div>
      </div>
    </li>
  );
}
