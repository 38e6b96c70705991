import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkingOrder, type WorkingMask } from './mask-edit';

interface MaskListProps {
  text: string;
  masks: readonly WorkingMask[];
  removed: readonly WorkingMask[];
  activeKey: string | null;
  /** Bumped when focus should go to the active mask (after a key press in the list). */
  focusRequest: number;
  onActivate(key: string): void;
  onToggleKeep(key: string): void;
  onRemove(key: string, order: readonly WorkingMask[]): void;
  onPutBack(mask: WorkingMask): void;
  helpId: string;
}

/**
 * The masks beside the words, lower-confidence first. One stop for Tab: the arrow
 * keys (and Home, End) move between masks; Enter or Space keeps a mask (pressed)
 * or takes the keep back; K keeps; Delete or Backspace removes it. Removed masks
 * are listed below, each with Put back.
 */
export function MaskList({ text, masks, removed, activeKey, focusRequest, onActivate, onToggleKeep, onRemove, onPutBack, helpId }: MaskListProps) {
  const { t } = useTranslation('review');
  const order = checkingOrder(masks);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const tabStop = order.some((mask) => mask.key === activeKey) ? activeKey : (order[0]?.key ?? null);

  // Focus follows a request (a removal, "go to the first not looked at"), not every change of the active mask.
  const handled = useRef(focusRequest);
  useEffect(() => {
    if (focusRequest === handled.current) return;
    handled.current = focusRequest;
    if (activeKey) buttons.current.get(activeKey)?.focus();
  }, [focusRequest, activeKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, mask: WorkingMask, index: number) => {
    const go = (to: number) => {
      const target = order[Math.max(0, Math.min(order.length - 1, to))];
      if (!target) return;
      event.preventDefault();
      onActivate(target.key);
      buttons.current.get(target.key)?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        return go(index + 1);
      case 'ArrowUp':
      case 'ArrowLeft':
        return go(index - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(order.length - 1);
      case 'Delete':
      case 'Backspace':
        event.preventDefault();
        return onRemove(mask.key, order);
      case 'k':
      case 'K':
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        event.preventDefault();
        if (mask.decision !== 'kept') onToggleKeep(mask.key);
        return;
      default:
        return;
    }
  };

  const lowCount = order.filter((mask) => mask.confidence === 'low').length;
  const pending = order.filter((mask) => mask.decision === 'pending').length;

  return (
    <div className="mask-list-wrap">
      <p className="mask-summary" data-testid="mask-summary">
        {t('check.summary', { count: order.length })} {lowCount > 0 ? t('check.summaryLow', { count: lowCount }) : null}{' '}
        {pending > 0 ? <strong>{t('check.summaryPending', { count: pending })}</strong> : null}
      </p>
      {order.length === 0 ? (
        <p className="muted">{t('check.noMasks')}</p>
      ) : (
        <ul className="mask-list" aria-label={t('check.maskListLabel')} data-testid="mask-list">
          {order.map((mask, index) => {
            const type = t(`types.${mask.type}`);
            const words = text.slice(mask.start, mask.end);
            const low = mask.confidence === 'low';
            const kept = mask.decision === 'kept';
            return (
              <li
                key={mask.key}
                className={['mask-item', low ? 'mask-item-low' : '', mask.key === activeKey ? 'mask-item-active' : ''].filter(Boolean).join(' ')}
                data-testid="mask-item"
                data-start={mask.start}
                data-end={mask.end}
              >
                <button
                  type="button"
                  className="mask-choice"
                  ref={(element) => {
                    if (element) buttons.current.set(mask.key, element);
                    else buttons.current.delete(mask.key);
                  }}
                  tabIndex={mask.key === tabStop ? 0 : -1}
                  aria-pressed={kept}
                  aria-describedby={helpId}
                  aria-keyshortcuts="Enter Space K Delete"
                  onFocus={() => onActivate(mask.key)}
                  onClick={() => onToggleKeep(mask.key)}
                  onKeyDown={(event) => onKeyDown(event, mask, index)}
                >
                  <span className="mask-choice-head">
                    <span className={`mask-type mask-type-${mask.type.toLowerCase()}`}>{type}</span>
                    {low ? <span className="badge badge-low">{t('check.lowConfidence')}</span> : null}
                    {mask.origin === 'added' ? <span className="badge badge-neutral">{t('check.addedByYou')}</span> : null}
                  </span>
                  <span className="mask-words" dir="auto">
                    {words}
                  </span>
                  <span className="mask-state" aria-hidden="true">
                    {kept ? `✓ ${t('check.kept')}` : t('check.notLookedAt')}
                  </span>
                </button>
                <button
                  type="button"
                  className="button-link mask-remove"
                  tabIndex={-1}
                  onClick={() => onRemove(mask.key, order)}
                  aria-label={t('check.removeNamed', { type, words })}
                >
                  {t('check.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {removed.length > 0 ? (
        <div className="mask-removed">
          <h3 className="mask-removed-title">{t('check.removedTitle', { count: removed.length })}</h3>
          <ul className="mask-removed-list" aria-label={t('check.removedTitle', { count: removed.length })}>
            {removed.map((mask) => {
              const type = t(`types.${mask.type}`);
              const words = text.slice(mask.start, mask.end);
              return (
                <li key={mask.key} className="mask-removed-item" data-testid="removed-mask">
                  <span>
                    <span className="mask-type">{type}</span>{' '}
                    <span className="mask-words" dir="auto">
                      {words}
                    </span>
                  </span>
                  <button type="button" className="button button-quiet button-small" onClick={() => onPutBack(mask)} aria-label={t('check.putBackNamed', { type, words })}>
                    {t('check.putBack')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
