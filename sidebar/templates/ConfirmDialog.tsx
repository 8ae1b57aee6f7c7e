import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal question (the browser's own <dialog>: it keeps the focus inside, Escape cancels, and the
 * focus goes back where it was when it closes). The safe answer has the focus first.
 */
export function ConfirmDialog(props: {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    document.getElementById(`${props.id}-cancel`)?.focus();
  }, [props.id]);
  return (
    <dialog
      ref={ref}
      id={props.id}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={`${props.id}-title`}
      aria-describedby={`${props.id}-text`}
      // Escape closes the dialog: that is a cancel.
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <div id={`${props.id}-text`}>{props.children}</div>
      <div class="nav-buttons">
        <button type="button" id={`${props.id}-cancel`} onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
        <button type="button" class="danger" id={`${props.id}-confirm`} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
