import { useEffect, useRef } from "react";
import { plainKey } from "./typing-target";

const SHORTCUTS: [string, string][] = [
  ["Ctrl/⌘ + Enter", "Run your code against the visible tests (in the editor)"],
  ["Ctrl/⌘ + Shift + Enter", "Submit: run every test, including hidden ones, and record the attempt"],
  ["1 / 2 / 3 / 4", "Rate a drill question: Again, Hard, Good, Easy (after answering, outside text fields)"],
  ["?", "Show this list (outside text fields)"],
  ["Esc", "Close this list, a dialog or the menu"],
  ["Tab / Shift + Tab", "Move between controls"],
  ["← / →", "Resize the prompt and answer panes (when the divider has focus)"],
];

/** The keyboard shortcut list, opened with `?` or the header button. */
export function ShortcutHelp({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "?" && plainKey(e)) {
        e.preventDefault();
        onOpenChange(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onOpenChange]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="shortcut-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => onOpenChange(false)}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="rows">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
