/**
 * Themes and sentiment on a story (staff and administrators): the story's overall
 * sentiment, its tags each with a sentiment, and a searchable picker that adds a
 * theme to the whole story or to the passage chosen in the words.
 *
 * A few keystrokes per story: T (or /) to the picker, type, Enter; the new tag has
 * the focus, so 1-4 sets its sentiment; J for the next story.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryDetail } from '../../../../shared/capture/story';
import { SENTIMENTS, type Code, type Sentiment, type Tag } from '../../../../shared/workbench/schemas';
import { api, type ApiError } from '../../api/client';
import { Panel } from '../../stories/detail/Panel';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { CodePicker } from '../codes/CodePicker';
import { useSearch } from '../search/search-store';
import { PassageFinder } from './PassageFinder';
import type { Span } from './passage-offsets';
import { isTyping } from './sentiment-keys';
import { passageExcerpt, TagItem } from './TagItem';
import { withDeclarations, type Work } from '../../interests/conflict-gate';

const coding = (storyId: string): Work => ({ action: 'code', subject: { type: 'story', id: storyId } });

type Overall = Sentiment | 'none';

interface TaggingPanelProps {
  story: StoryDetail;
  tags: Tag[] | null;
  tagsError: ApiError | null;
  onTags(tags: Tag[]): void;
  codes: Code[] | null;
  pending: Span | null;
  onPending(span: Span | null): void;
  onFocusTag(tagId: number | null): void;
}

export function TaggingPanel({ story, tags, tagsError, onTags, codes, pending, onPending, onFocusTag }: TaggingPanelProps) {
  const { t } = useTranslation('workbench');
  const patchHit = useSearch((state) => state.patchHit);
  const [overall, setOverall] = useState<Overall>(story.sentiment ?? 'none');
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const pickerRef = useRef<HTMLInputElement>(null);
  const focusTag = useRef<number | null>(null);
  const currentRevision = story.revisions.at(-1)?.revision ?? 1;

  // After adding a tag, the focus goes to it (so 1-4 sets its sentiment).
  useEffect(() => {
    if (focusTag.current === null) return;
    const element = document.querySelector<HTMLElement>(`[data-tag-item="${focusTag.current}"]`);
    focusTag.current = null;
    element?.focus();
  }, [tags]);

  // T or / puts the focus in the picker.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === 't' || event.key === 'T' || event.key === '/') {
        event.preventDefault();
        pickerRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const themesOf = (list: Tag[]) => [...new Set(list.map((tag) => tag.codeName))];

  const answered = (list: Tag[], message: string) => {
    setError(null);
    setStatus(message);
    onTags(list);
    patchHit(story.id, { themes: themesOf(list) });
  };

  const add = async (code: Code) => {
    if (busy) return;
    setBusy(true);
    const passage = pending ? { start: pending.start, end: pending.end, revision: currentRevision } : null;
    const before = new Set((tags ?? []).map((tag) => tag.id));
    const answer = await withDeclarations(coding(story.id), (ack) => api.tagStory({ storyId: story.id, codeId: code.id, sentiment: null, passage, ...ack }));
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    const added =
      answer.value.find((tag) => !before.has(tag.id)) ??
      answer.value.find((tag) => tag.codeId === code.id && (passage ? tag.passage?.start === passage.start && tag.passage.end === passage.end : tag.passage === null));
    focusTag.current = added?.id ?? null;
    if (passage) onPending(null);
    answered(answer.value, passage ? t('tags.addedPassage', { name: code.name }) : t('tags.added', { name: code.name }));
  };

  const setSentiment = async (tag: Tag, sentiment: Sentiment | null) => {
    if (busy) return;
    setBusy(true);
    const answer = await withDeclarations(coding(story.id), (ack) => api.setTagSentiment({ tagId: tag.id, sentiment, ...ack }));
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    answered(answer.value, sentiment ? t('tags.sentimentSet', { name: tag.codeName, sentiment: t(`sentiment.${sentiment}`) }) : t('tags.sentimentCleared', { name: tag.codeName }));
  };

  const remove = async (tag: Tag) => {
    if (busy) return;
    const list = tags ?? [];
    const index = list.findIndex((item) => item.id === tag.id);
    const neighbour = list[index + 1] ?? list[index - 1] ?? null;
    setBusy(true);
    const answer = await withDeclarations(coding(story.id), (ack) => api.untag({ tagId: tag.id, ...ack }));
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    focusTag.current = neighbour?.id ?? null;
    if (!neighbour) pickerRef.current?.focus();
    answered(answer.value, t('tags.removed', { name: tag.codeName }));
  };

  const setStorySentiment = async (choice: Overall) => {
    const sentiment = choice === 'none' ? null : choice;
    const previous = overall;
    setOverall(choice);
    const answer = await withDeclarations(coding(story.id), (ack) => api.setStorySentiment({ storyId: story.id, sentiment, ...ack }));
    if (!answer.ok) {
      setOverall(previous);
      setError(answer.error);
      return;
    }
    setError(null);
    setStatus(sentiment ? t('overall.set', { sentiment: t(`sentiment.${sentiment}`) }) : t('overall.cleared'));
    patchHit(story.id, { sentiment });
  };

  const exclude = useMemo(() => new Set(pending ? [] : (tags ?? []).filter((tag) => tag.passage === null).map((tag) => tag.codeId)), [tags, pending]);
  const ordered = useMemo(() => {
    const list = tags ?? [];
    // Whole-story tags first, then passages in the order they come in the words, then earlier versions.
    const rank = (tag: Tag) => (tag.passage === null ? 0 : tag.passage.revision === currentRevision ? 1 : 2);
    return [...list].sort((a, b) => rank(a) - rank(b) || (a.passage?.start ?? 0) - (b.passage?.start ?? 0));
  }, [tags, currentRevision]);

  return (
    <Panel id="story-tags" title={t('tags.title')}>
      <p className="panel-intro">{t('tags.intro')}</p>
      {tagsError ? <ErrorAlert error={tagsError} lead={t('tags.loadFailed')} /> : null}
      {error ? <ErrorAlert error={error} /> : null}

      <ChoiceGroup<Overall>
        id="story-sentiment"
        className="wb-overall"
        legend={t('overall.legend')}
        inline
        choices={[...SENTIMENTS.map((value) => ({ value, label: t(`sentiment.${value}`) })), { value: 'none' as const, label: t('overall.none') }]}
        value={overall}
        onChange={(choice) => void setStorySentiment(choice)}
      />

      <section className="wb-tags-section" aria-labelledby="wb-tags-list-title">
        <h3 className="wb-subtitle" id="wb-tags-list-title">
          {t('tags.listTitle')}
        </h3>
        <p className="visually-hidden" id="tag-keys-hint">
          {t('tags.keysHint')}
        </p>
        {tags === null && !tagsError ? <p className="muted">{t('tags.loading')}</p> : null}
        {tags !== null && tags.length === 0 ? <p className="muted">{t('tags.none')}</p> : null}
        {ordered.length > 0 ? (
          <ul className="wb-tags" aria-labelledby="wb-tags-list-title">
            {ordered.map((tag) => (
              <TagItem
                key={tag.id}
                tag={tag}
                text={story.text}
                currentRevision={currentRevision}
                busy={busy}
                onSentiment={(item, sentiment) => void setSentiment(item, sentiment)}
                onRemove={(item) => void remove(item)}
                onFocusChange={onFocusTag}
              />
            ))}
          </ul>
        ) : null}
      </section>

      <section className="wb-add-tag" aria-labelledby="wb-add-title">
        <h3 className="wb-subtitle" id="wb-add-title">
          {t('tags.addTitle')}
        </h3>
        <div className={pending ? 'wb-passage wb-passage-chosen' : 'wb-passage'} data-testid="pending-passage">
          {pending ? (
            <>
              <p className="wb-passage-text">
                <span className="wb-passage-label">{t('passage.chosen', { start: pending.start, end: pending.end })}</span>{' '}
                <q dir="auto">{passageExcerpt(story.text, pending.start, pending.end)}</q>
              </p>
              <button type="button" className="button button-quiet button-small" onClick={() => onPending(null)}>
                {t('passage.clear')}
              </button>
            </>
          ) : (
            <p className="muted wb-passage-text">{t('passage.none')}</p>
          )}
        </div>
        <PassageFinder text={story.text} current={pending} onFound={onPending} />
        <CodePicker
          id="wb-tag-code"
          label={pending ? t('tags.pickerPassage') : t('tags.pickerStory')}
          hint={t('tags.pickerHint')}
          codes={codes ?? []}
          exclude={exclude}
          inputRef={pickerRef}
          shortcut="T /"
          disabled={busy}
          onPick={(code) => void add(code)}
        />
      </section>

      <p className="form-status" role="status" data-testid="tag-status">
        {status}
      </p>

      <details className="wb-keys">
        <summary>{t('keys.title')}</summary>
        <dl className="wb-keys-list">
          {(['picker', 'sentiment', 'clear', 'remove', 'move', 'next', 'previous'] as const).map((key) => (
            <div key={key} className="wb-keys-item">
              <dt>
                <kbd>{t(`keys.${key}.keys`)}</kbd>
              </dt>
              <dd>{t(`keys.${key}.does`)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </Panel>
  );
}
