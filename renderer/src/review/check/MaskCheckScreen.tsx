import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityType } from '../../../../shared/anonymise/types';
import type { MaskReview } from '../../../../shared/masks/schemas';
import { api, type ApiError } from '../../api/client';
import type { Area } from '../../shell/areas';
import { hrefOf } from '../../shell/areas';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { formatDateTime } from '../../ui/format';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useFlashMessage, useReviewFlash } from '../review-flash';
import { reviewSub } from '../review-routes';
import { BackLink, FlashNotice } from '../ui/ReviewLayout';
import { ReviewError } from '../ui/ReviewError';
import { AddMaskPanel } from './AddMaskPanel';
import { selectedRange, wordBounds, type CaretState } from './caret';
import { CheckBadge } from './CheckBadge';
import { addMask, checkingOrder, keep, otherMentions, pendingMasks, putBack, remove, startingMasks, toSaved, type WorkingMask } from './mask-edit';
import { MaskedText } from './MaskedText';
import { MaskList } from './MaskList';
import { previewKey, previewOf } from './preview';
import { tidySelection } from './selection-offsets';

type Go = (area: Area, sub?: string | null) => void;
type Loaded = { state: 'loading' } | { state: 'loaded'; review: MaskReview; version: number } | { state: 'failed'; error: ApiError };

/** The human check of one story's masks. */
export function MaskCheckScreen({ storyId, go }: { storyId: string; go: Go }) {
  const { t } = useTranslation('review');
  useDocumentTitle(t('check.pageTitle'));
  const flash = useFlashMessage();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [recorded, setRecorded] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.getMaskReview({ id: storyId }).then((answer) => {
      if (live) setLoaded(answer.ok ? { state: 'loaded', review: answer.value, version: 0 } : { state: 'failed', error: answer.error });
    });
    return () => {
      live = false;
    };
  }, [storyId]);

  const reload = async () => {
    setLoaded({ state: 'loading' });
    const answer = await api.getMaskReview({ id: storyId });
    setLoaded((current) => (answer.ok ? { state: 'loaded', review: answer.value, version: current.state === 'loaded' ? current.version + 1 : 1 } : { state: 'failed', error: answer.error }));
  };

  /** After a check: on to the next story that needs one, or stay here if there is none. */
  const checked = async (review: MaskReview) => {
    const next = await api.listStoriesToCheck({ state: 'needs-check', limit: 5 });
    const nextId = next.ok ? next.value.items.find((item) => item.id !== storyId)?.id : undefined;
    if (nextId) {
      useReviewFlash.getState().leave(t('check.recordedNext'));
      go('review', reviewSub.check(nextId));
      return;
    }
    setRecorded(t('check.recordedLast'));
    setLoaded((current) => ({ state: 'loaded', review, version: current.state === 'loaded' ? current.version + 1 : 1 }));
  };

  const review = loaded.state === 'loaded' ? loaded.review : null;
  return (
    <section className="area area-wide review mask-check" aria-labelledby="area-heading">
      <BackLink sub="check" label={t('check.back')} go={go} />
      <header className="area-header story-detail-header">
        <ScreenHeading id="area-heading" focusKey={`check-${storyId}-${loaded.state === 'loaded' ? loaded.version : 0}`}>
          {t('check.title')}
        </ScreenHeading>
        {review ? <CheckBadge state={review.state} /> : null}
      </header>
      <FlashNotice message={recorded ?? flash} />
      {loaded.state === 'loading' ? (
        <p className="muted" role="status">
          {t('check.loading')}
        </p>
      ) : null}
      {loaded.state === 'failed' ? <ReviewError error={loaded.error} id="check-error" /> : null}
      {loaded.state === 'loaded' ? (
        <MaskChecker
          key={`${loaded.review.revision}-${loaded.version}`}
          review={loaded.review}
          onSaved={(saved) => void checked(saved)}
          onReload={() => {
            setRecorded(null);
            void reload();
          }}
          onEdited={() => setRecorded(null)}
        />
      ) : null}
    </section>
  );
}

interface MaskCheckerProps {
  review: MaskReview;
  onSaved(review: MaskReview): void;
  onReload(): void;
  onEdited(): void;
}

function MaskChecker({ review, onSaved, onReload, onEdited }: MaskCheckerProps) {
  const { t } = useTranslation('review');
  const text = review.text;
  const [masks, setMasks] = useState<WorkingMask[]>(() => startingMasks(review));
  const [removed, setRemoved] = useState<WorkingMask[]>([]);
  const [caret, setCaret] = useState<CaretState | null>(null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(previewKey);
  const typeRef = useRef<HTMLSelectElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const bounds = useMemo(() => wordBounds(text), [text]);

  const selection = selectedRange(caret);
  const tidy = selection ? tidySelection(text, selection.start, selection.end) : null;
  const joins = tidy ? masks.filter((mask) => mask.start < tidy.end && tidy.start < mask.end).length : 0;
  const mentions = tidy ? otherMentions(text, masks, tidy.start, tidy.end) : [];
  const preview = useMemo(() => previewOf(text, toSaved(masks), key), [text, masks, key]);

  const edited = () => {
    setProblem(null);
    setError(null);
    onEdited();
  };

  const moveCaret = (next: CaretState) => {
    setCaret(next);
    const range = selectedRange(next);
    if (range) {
      setAnnouncement(t('check.announceSelected', { words: text.slice(range.start, range.end) }));
    } else {
      const word = bounds.find(([start, end]) => start <= next.focus && next.focus <= end);
      setAnnouncement(word ? text.slice(word[0], word[1]) : '');
    }
  };

  const focusWords = () => document.getElementById('mask-words')?.focus();

  const add = (type: EntityType, everywhere: boolean) => {
    if (!tidy) return;
    const result = addMask(masks, tidy.start, tidy.end, type);
    const joined = result.joined;
    let next = result.masks;
    let also = 0;
    if (everywhere) {
      for (const mention of mentions) {
        next = addMask(next, mention.start, mention.end, type).masks;
        also += 1;
      }
    }
    setMasks(next);
    setActiveKey(result.mask.key);
    setCaret({ anchor: result.mask.end, focus: result.mask.end });
    edited();
    const typeName = t(`types.${type}`);
    const words = text.slice(result.mask.start, result.mask.end);
    setAnnouncement(
      [t('check.announceAdded', { type: typeName, words }), joined > 0 ? t('check.announceJoined', { count: joined }) : '', also > 0 ? t('check.announceAlso', { count: also }) : '']
        .filter(Boolean)
        .join(' '),
    );
    focusWords();
  };

  const toggleKeep = (maskKey: string) => {
    const mask = masks.find((candidate) => candidate.key === maskKey);
    if (!mask) return;
    const kept = mask.decision !== 'kept';
    setMasks(keep(masks, maskKey, kept));
    edited();
    setAnnouncement(kept ? t('check.announceKept', { type: t(`types.${mask.type}`), words: text.slice(mask.start, mask.end) }) : t('check.announceUnkept'));
  };

  const removeMask = (maskKey: string, order: readonly WorkingMask[]) => {
    const index = order.findIndex((mask) => mask.key === maskKey);
    const result = remove(masks, maskKey);
    if (!result.removed) return;
    setMasks(result.masks);
    setRemoved((current) => [...current, result.removed!]);
    edited();
    setAnnouncement(t('check.announceRemoved', { type: t(`types.${result.removed.type}`), words: text.slice(result.removed.start, result.removed.end) }));
    const rest = order.filter((mask) => mask.key !== maskKey);
    const next = rest[Math.min(index, rest.length - 1)];
    if (next) {
      setActiveKey(next.key);
      setFocusRequest((n) => n + 1);
    } else {
      setActiveKey(null);
      focusWords();
    }
  };

  const restore = (mask: WorkingMask) => {
    const result = putBack(masks, mask);
    setMasks(result.masks);
    setRemoved((current) => current.filter((candidate) => candidate.key !== mask.key));
    setActiveKey(result.mask.key);
    edited();
    setAnnouncement(t('check.announcePutBack', { type: t(`types.${mask.type}`), words: text.slice(mask.start, mask.end) }));
  };

  const record = async () => {
    if (busy) return;
    const waiting = pendingMasks(masks);
    if (waiting.length > 0) {
      setProblem(t('check.pendingProblem', { count: waiting.length }));
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    setBusy(true);
    const answer = await api.saveMaskCheck({ id: review.storyId, revision: review.revision, masks: toSaved(masks) });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onSaved(answer.value);
  };

  const goToFirstPending = () => {
    const first = pendingMasks(masks)[0];
    if (!first) return;
    setActiveKey(first.key);
    setFocusRequest((n) => n + 1);
  };

  const staleRevision = error?.code === 'INVALID_INPUT' && /corrected/i.test(error.detail);
  const order = checkingOrder(masks);

  return (
    <>
      <p className="check-meta" data-testid="check-meta">
        {t('check.revision', { revision: review.revision })}{' '}
        {review.state === 'checked' && review.checkedByName && review.checkedAt
          ? t('check.checkedBy', { name: review.checkedByName, when: formatDateTime(review.checkedAt) })
          : review.state === 'stale' && review.checkedByName && review.checkedAt
            ? t('check.staleBy', { name: review.checkedByName, when: formatDateTime(review.checkedAt) })
            : t('check.neverChecked')}{' '}
        <a href={hrefOf('stories', review.storyId)}>{t('check.openStory')}</a>
      </p>
      <p className="visually-hidden" role="status" data-testid="check-announcement">
        {announcement}
      </p>
      <div className="check-grid">
        <div className="check-main">
          <section className="panel" aria-labelledby="mask-words-title">
            <h2 className="panel-title" id="mask-words-title">
              {t('check.wordsTitle')}
            </h2>
            <p className="panel-intro" id="mask-words-help">
              {t('check.wordsHelp')}
            </p>
            <details className="review-keys-help">
              <summary>{t('check.keysTitle')}</summary>
              <ul className="review-keys-list">
                {(['keysMove', 'keysWord', 'keysLine', 'keysSelect', 'keysAdd', 'keysMouse'] as const).map((item) => (
                  <li key={item}>{t(`check.${item}`)}</li>
                ))}
              </ul>
            </details>
            <MaskedText
              id="mask-words"
              text={text}
              masks={masks}
              caret={caret}
              activeKey={activeKey}
              onCaret={moveCaret}
              onPickMask={(maskKey) => {
                setActiveKey(maskKey);
                setFocusRequest((n) => n + 1);
              }}
              onAddRequest={() => typeRef.current?.focus()}
              label={t('check.wordsLabel')}
              describedBy="mask-words-help"
            />
            {tidy ? (
              <AddMaskPanel
                words={text.slice(tidy.start, tidy.end)}
                start={tidy.start}
                end={tidy.end}
                joins={joins}
                mentions={mentions.length}
                typeRef={typeRef}
                onAdd={add}
                onCancel={() => {
                  setCaret(caret ? { anchor: caret.focus, focus: caret.focus } : null);
                  focusWords();
                }}
              />
            ) : (
              <p className="muted add-mask-hint">{t('check.addHint')}</p>
            )}
          </section>
          <section className="panel" aria-labelledby="preview-title">
            <h2 className="panel-title" id="preview-title">
              {t('check.previewTitle')}
            </h2>
            <p className="panel-intro">{t('check.previewIntro')}</p>
            <div className="verbatim preview-text" dir="auto" data-testid="preview-text">
              {preview.parts.map((part, index) =>
                part.kind === 'placeholder' ? (
                  <span key={index} className="review-placeholder">
                    {part.text}
                  </span>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </div>
          </section>
        </div>
        <div className="check-side">
          <section className="panel" aria-labelledby="masks-title">
            <h2 className="panel-title" id="masks-title">
              {t('check.masksTitle')}
            </h2>
            <p className="panel-intro" id="mask-keys-help">
              {t('check.masksHelp')}
            </p>
            <MaskList
              text={text}
              masks={order}
              removed={removed}
              activeKey={activeKey}
              focusRequest={focusRequest}
              onActivate={setActiveKey}
              onToggleKeep={toggleKeep}
              onRemove={removeMask}
              onPutBack={restore}
              helpId="mask-keys-help"
            />
          </section>
          <section className="panel" aria-labelledby="record-title">
            <h2 className="panel-title" id="record-title">
              {t('check.recordTitle')}
            </h2>
            <p className="panel-intro">{t('check.recordIntro', { count: masks.length })}</p>
            {problem ? (
              <div className="error-summary" role="alert" tabIndex={-1} ref={problemRef} aria-labelledby="check-problem-title">
                <h3 className="error-summary-title" id="check-problem-title">
                  {t('check.problemTitle')}
                </h3>
                <p className="review-check-problem">
                  <a
                    href="#mask-words"
                    onClick={(event) => {
                      event.preventDefault();
                      goToFirstPending();
                    }}
                  >
                    {problem}
                  </a>
                </p>
              </div>
            ) : null}
            {error ? <ReviewError error={error} id="check-save-error" lead={t('check.saveFailed')} /> : null}
            <div className="form-actions">
              {staleRevision ? (
                <button type="button" className="button button-primary" onClick={onReload}>
                  {t('check.reload')}
                </button>
              ) : (
                <button type="button" className="button button-primary" onClick={() => void record()} aria-disabled={busy || undefined} data-testid="record-check">
                  {busy ? t('check.recording') : t('check.record')}
                </button>
              )}
            </div>
          </section>
        </div>
      </div>
    </>
  );
}
