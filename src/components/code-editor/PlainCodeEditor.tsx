import type { KeyboardEvent } from "react";
import type { CodeEditorProps } from "./CodeEditor";

/**
 * A plain text area standing in for Monaco when its files cannot be loaded (offline before the
 * editor was ever opened online). Same props and shortcuts, so answers run and grade the same.
 */
export default function PlainCodeEditor({
  value,
  language,
  onChange,
  onRun,
  onSubmit,
  ariaLabel,
}: CodeEditorProps) {
  const indent = language === "python" ? "    " : "  ";
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      (e.shiftKey ? onSubmit : onRun)?.();
    } else if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Indent rather than leave the field: code needs it. Esc then Tab moves focus on.
      e.preventDefault();
      const t = e.currentTarget;
      const { selectionStart: start, selectionEnd: end } = t;
      onChange(`${t.value.slice(0, start)}${indent}${t.value.slice(end)}`);
      requestAnimationFrame(() => t.setSelectionRange(start + indent.length, start + indent.length));
    }
  };
  return (
    <div className="plain-editor">
      <p className="plain-editor-note" role="note">
        The code editor could not load (it is saved for offline use the first time it opens online), so this
        is a plain text field. Your code runs and is graded the same.
      </p>
      <textarea
        className="code-editor plain-editor-text"
        aria-label={ariaLabel}
        value={value}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
