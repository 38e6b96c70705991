import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaskReview } from '../../../shared/masks/schemas';
import { api, type ApiError } from '../api/client';
import { hrefOf } from '../shell/areas';
import { formatDateTime } from '../ui/format';
import { AddMaskPanel } from './AddMaskPanel';
import { checkingOrder, pendingMasks, toSaved } from './mask-edit';
import { MaskedText } from './MaskedText';
import { MaskList } from './MaskList';
import { MaskPreview } from './MaskPreview';
import { RecordCheckPanel } from './RecordCheckPanel';
import { focusMaskWords, useMaskEdits } from './use-mask-edits';
import { withDeclarations } from '../interests/conflict-gate';

interface MaskCheckerProps {
  review: MaskReview;
  onSaved(review: MaskReview): void;
  onReload(): void;
  onEdited(): void;
}

/** One check: the words with their masks, the preview of what would leave, the list of masks, and recording it. */
export function MaskChecker({ review, onSaved, onReload, onEdited }: MaskCheckerProps) {
  const { t } = useTranslation('review');
  const text = review.text;
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const typeRef = useRef<HTMLSelectElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const edits = useMaskEdits(review, () => {
    setProblem(null);
    setError(null);
    onEdited();
  });
  const { masks, tidy } = edits;

  const record = async () => {
    if (busy) return;
    const waiting = pendingMasks(masks);
    if (waiting.length > 0) {
      setProblem(t('check.pendingProblem', { count: waiting.length }));
      requestAnimationFrame(() => problemRef.current?.focus());
      return;
    }
    setBusy(true);
    const answer = await withDeclarations({ action: 'check-masks', subject: { type: 'story', id: review.storyId } }, (ack) =>
      api.saveMaskCheck({ id: review.storyId, revision: review.revision, masks: toSaved(masks), ...ack }),
    );
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onSaved(answer.value);
  };

  const goToFirstPending = () => {
    const first = pendingMasks(masks)[0];
    if (first) edits.goToMask(first.key);
  };

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
        {edits.announcement}
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
              caret={edits.caret}
              activeKey={edits.activeKey}
              onCaret={edits.moveCaret}
              onPickMask={edits.goToMask}
              onAddRequest={() => typeRef.current?.focus()}
              label={t('check.wordsLabel')}
              describedBy="mask-words-help"
            />
            {tidy ? (
              <AddMaskPanel
                words={text.slice(tidy.start, tidy.end)}
                start={tidy.start}
                end={tidy.end}
                joins={edits.joins}
                mentions={edits.mentions.length}
                typeRef={typeRef}
                onAdd={edits.add}
                onCancel={() => {
                  edits.collapseSelection();
                  focusMaskWords();
                }}
              />
            ) : (
              <p className="muted add-mask-hint">{t('check.addHint')}</p>
            )}
          </section>
          <MaskPreview text={text} masks={masks} />
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
              masks={checkingOrder(masks)}
              removed={edits.removed}
              activeKey={edits.activeKey}
              focusRequest={edits.focusRequest}
              onActivate={edits.setActiveKey}
              onToggleKeep={edits.toggleKeep}
              onRemove={edits.removeMask}
              onPutBack={edits.restore}
              helpId="mask-keys-help"
            />
          </section>
          <RecordCheckPanel
            maskCount={masks.length}
            problem={problem}
            problemRef={problemRef}
            onGoToProblem={goToFirstPending}
            error={error}
            busy={busy}
            onRecord={() => void record()}
            onReload={onReload}
          />
        </div>
      </div>
    </>
  );
}
