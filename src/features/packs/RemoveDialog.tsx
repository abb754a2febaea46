import { useEffect, useRef } from "react";

/** Modal confirmation before removing an imported pack; Escape or Cancel keeps it. */
export function RemoveDialog({
  title,
  onConfirm,
  onClose,
}: {
  title: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const opener = document.activeElement;
    // jsdom has no showModal; the open attribute is enough there.
    if (typeof d.showModal === "function") d.showModal();
    else d.setAttribute("open", "");
    // Start on the safe choice (showModal would pick the first button, "Remove pack").
    cancel.current?.focus();
    return () => {
      if (d.open && typeof d.close === "function") d.close();
      // Back to the button that opened it, when it still exists (after Cancel or Escape).
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="remove-dialog"
      aria-labelledby="remove-heading"
      aria-describedby="remove-text"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="remove-heading">Remove “{title}”?</h2>
      <p id="remove-text">
        Its questions leave your list and Practice. Your progress on them is kept: import the pack again and
        it comes back.
      </p>
      <div className="toolbar">
        <button type="button" className="danger" onClick={onConfirm}>
          Remove pack
        </button>
        <button type="button" ref={cancel} onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
