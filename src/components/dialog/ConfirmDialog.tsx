import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";

export interface ConfirmOptions {
  title: string;
  /** What happens if the user confirms, in a sentence or two. */
  body?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** A destructive action: the confirm button is styled as dangerous. */
  danger?: boolean;
}

/**
 * An accessible modal question (the app's own, instead of the browser's `confirm()`): a titled
 * `<dialog>` that starts on the safe choice, closes with Escape or Cancel (answering no), and
 * returns focus to where it was opened from.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel = "Cancel",
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmOptions & { onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const opener = document.activeElement;
    // jsdom has no showModal; the open attribute is enough there.
    if (typeof d.showModal === "function") d.showModal();
    else d.setAttribute("open", "");
    cancel.current?.focus();
    return () => {
      if (d.open && typeof d.close === "function") d.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={body ? `${id}-body` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {body ? <div id={`${id}-body`}>{typeof body === "string" ? <p>{body}</p> : body}</div> : null}
      <div className="toolbar">
        <button type="button" className={danger ? "danger" : "primary"} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}

/**
 * `confirm(options)` resolves to true when the user confirms, false when they cancel; render
 * `dialog` somewhere in the component. One question at a time.
 */
export function useConfirm(): {
  confirm: (options: ConfirmOptions) => Promise<boolean>;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<{ options: ConfirmOptions; resolve: (yes: boolean) => void } | null>(
    null,
  );
  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        setPending((prev) => {
          prev?.resolve(false);
          return { options, resolve };
        });
      }),
    [],
  );
  const answer = (yes: boolean) => {
    pending?.resolve(yes);
    setPending(null);
  };
  const dialog = pending ? (
    <ConfirmDialog {...pending.options} onConfirm={() => answer(true)} onCancel={() => answer(false)} />
  ) : null;
  return { confirm, dialog };
}
