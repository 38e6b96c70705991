import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DeclarationDetails } from './DeclarationDetails';
import { useConflictPrompt } from './conflict-gate';

/**
 * The declarations that bear on the work a person is about to do, shown before
 * they go on (the conflict gate opens it). A modal dialog: the focus goes to its
 * title so that it is read from the start, stays inside it (Tab and Shift+Tab
 * wrap), Escape means "do not go on", and the focus goes back where it was.
 */
export function ConflictDialog() {
  const prompt = useConflictPrompt((state) => state.prompt);
  if (!prompt) return null;
  return <OpenDialog key={prompt.check.matches.map((m) => m.interestId).join(' ')} />;
}

function OpenDialog() {
  const { t } = useTranslation('interests');
  const prompt = useConflictPrompt((state) => state.prompt)!;
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { check, answer } = prompt;

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    titleRef.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      answer(false);
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (document.activeElement === first || document.activeElement === titleRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const work = t(`work.${check.action}`);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-intro`} ref={dialogRef} onKeyDown={onKeyDown} data-testid="conflict-dialog">
        <h2 className="modal-title" id={`${id}-title`} tabIndex={-1} ref={titleRef}>
          {check.matches.length > 1 ? t('gate.titleMany', { work, count: check.matches.length }) : t('gate.title', { work })}
        </h2>
        <p id={`${id}-intro`}>{t('gate.intro')}</p>
        <ul className="declaration-list">
          {check.matches.map((match) => (
            <li key={match.interestId} className="declaration">
              <DeclarationDetails interest={match} />
            </li>
          ))}
        </ul>
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => answer(true)}>
            {t('gate.goOn')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => answer(false)}>
            {t('gate.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
