import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmPanelProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  busy?: boolean;
  /** Red for something that cannot be undone. */
  danger?: boolean;
}

/**
 * An "are you sure?" shown in place, next to what it is about. Focus moves into
 * it (to Cancel, the safe choice) and Escape cancels.
 */
export function ConfirmPanel({ title, children, confirmLabel, cancelLabel, onConfirm, onCancel, busy = false, danger = false }: ConfirmPanelProps) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
  }, []);
  return (
    <div
      className={danger ? 'confirm confirm-danger' : 'confirm'}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={children ? `${id}-body` : undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="confirm-title" id={`${id}-title`}>
        {title}
      </p>
      {children ? (
        <div className="confirm-body" id={`${id}-body`}>
          {children}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className={danger ? 'button button-danger' : 'button button-primary'} onClick={onConfirm} aria-disabled={busy || undefined}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" ref={cancelRef} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
