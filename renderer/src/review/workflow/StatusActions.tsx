import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoryStatus } from '../../../../shared/capture/vocabulary';
import type { MaskCheckState } from '../../../../shared/masks/schemas';
import type { Role } from '../../../../shared/users/schemas';
import { hasContent } from '../../../../shared/text/verbatim';
import { api, type ApiError } from '../../api/client';
import { StatusBadge } from '../../stories/StatusBadge';
import { TextAreaField } from '../../ui/TextAreaField';
import { movesFor } from '../review-routes';
import { ReviewError } from '../ui/ReviewError';
import { withDeclarations } from '../../interests/conflict-gate';

/** The words on the button for a move, which depend on where the story is now. */
export function moveLabelKey(from: StoryStatus, to: StoryStatus) {
  switch (to) {
    case 'in-review':
      return from === 'submitted' ? 'actions.startReview' : 'actions.reopen';
    case 'approved':
      return 'actions.approve';
    case 'returned':
      return 'actions.return';
    case 'submitted':
      return from === 'returned' ? 'actions.resubmit' : 'actions.backToSubmitted';
    case 'archived':
      return 'actions.archive';
    default:
      return 'actions.archive';
  }
}

interface StatusActionsProps {
  storyId: string;
  status: StoryStatus;
  role: Role;
  /** The anonymisation check, for staff: approving an unchecked story gets a warning. */
  checkState: MaskCheckState | null;
  onMoved(to: StoryStatus): void;
  /** Take the focus when shown (after a move, so the keyboard stays with the story's status). */
  takeFocus?: boolean;
}

/** The moves this person may make from the story's status, each one click; a return needs a reason. */
export function StatusActions({ storyId, status, role, checkState, onMoved, takeFocus = false }: StatusActionsProps) {
  const { t } = useTranslation(['review', 'vocabulary']);
  const moves = movesFor(status, role);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<StoryStatus | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) titleRef.current?.focus();
  }, [takeFocus]);

  const move = async (to: StoryStatus) => {
    if (busy) return;
    if (to === 'returned') {
      const blank = !hasContent(reason);
      setMissing(blank);
      if (blank) return reasonRef.current?.focus();
    }
    setBusy(to);
    const answer = await withDeclarations({ action: 'review', subject: { type: 'story', id: storyId } }, (ack) =>
      api.setStoryStatus({ id: storyId, status: to, reason: to === 'returned' ? reason : null, ...ack }),
    );
    setBusy(null);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setReturning(false);
    setReason('');
    setMissing(false);
    onMoved(to);
  };

  return (
    <section className="panel" aria-labelledby="review-status-title" data-testid="review-status">
      <h2 className="panel-title review-focus-title" id="review-status-title" ref={titleRef} tabIndex={-1}>
        {t('actions.title')}
      </h2>
      <p>
        <span className="visually-hidden">{t('actions.now')} </span>
        <StatusBadge status={status} />
      </p>
      <p className="panel-intro">{t(`actions.about.${status}`)}</p>
      {error ? <ReviewError error={error} id="review-status-error" lead={t('actions.failed')} /> : null}
      {moves.includes('approved') && checkState !== null && checkState !== 'checked' ? (
        <p className="notice notice-warning" data-testid="approve-warning">
          {t('actions.notChecked')}
        </p>
      ) : null}
      {moves.length === 0 ? <p className="muted">{t('actions.none')}</p> : null}
      {returning ? (
        <form
          className="form form-compact review-return-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void move('returned');
          }}
        >
          <TextAreaField
            id="return-reason"
            ref={reasonRef}
            label={t('actions.reasonLabel')}
            hint={t('actions.reasonHint')}
            value={reason}
            onValueChange={setReason}
            rows={3}
            maxLength={2000}
            autoFocus
            error={missing ? t('actions.reasonRequired') : null}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" aria-disabled={busy !== null || undefined}>
              {t('actions.returnConfirm')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setReturning(false);
                setMissing(false);
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions review-status-moves">
          {moves.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'approved' || to === 'in-review' || (to === 'submitted' && status === 'returned') ? 'button button-primary' : 'button button-secondary'}
              aria-disabled={busy !== null || undefined}
              onClick={() => (to === 'returned' ? setReturning(true) : void move(to))}
            >
              {busy === to ? t('actions.moving') : t(moveLabelKey(status, to))}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
