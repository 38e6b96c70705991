import { useEffect, useRef } from 'react';

export type CaptureCommand = 'save' | 'saveDraft' | 'newStory';

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * The capture keys: Ctrl+Enter or Ctrl+S saves, Ctrl+Shift+S saves as a draft,
 * Ctrl+Alt+N starts a new story (Cmd instead of Ctrl on a Mac).
 */
export function captureCommandFor(event: KeyLike): CaptureCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod) return null;
  const key = event.key.toLowerCase();
  if (!event.altKey && !event.shiftKey && (key === 'enter' || key === 's')) return 'save';
  if (!event.altKey && event.shiftKey && key === 's') return 'saveDraft';
  if (event.altKey && !event.shiftKey && (key === 'n' || event.code === 'KeyN')) return 'newStory';
  return null;
}

/** Listens for the capture keys anywhere on the page while the form is shown. */
export function useCaptureShortcuts(run: (command: CaptureCommand) => void): void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  }, [run]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = captureCommandFor(event);
      if (!command) return;
      event.preventDefault(); // Ctrl+S must not offer to save the page
      if (!event.repeat) runRef.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
