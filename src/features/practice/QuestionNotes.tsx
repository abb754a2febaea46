import { useEffect, useId, useRef, useState } from "react";

/** A bookmark toggle for the question (the star reads as text too: "Bookmark" / "Bookmarked"). */
export function BookmarkButton({
  bookmarked,
  onToggle,
}: {
  bookmarked: boolean;
  onToggle: (on: boolean) => void;
}) {
  return (
    <button
      type="button"
      className="bookmark-button"
      aria-pressed={bookmarked}
      onClick={() => onToggle(!bookmarked)}
    >
      <span aria-hidden="true">{bookmarked ? "★" : "☆"}</span> {bookmarked ? "Bookmarked" : "Bookmark"}
    </button>
  );
}

/** The personal note of a question: saved as you type (debounced) and when you leave the field. */
export function QuestionNotes({
  note,
  error,
  onSave,
}: {
  note: string;
  error: string | null;
  onSave: (text: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(note);
  const [saved, setSaved] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ text, saved, onSave });
  useEffect(() => {
    latest.current = { text, saved, onSave };
  });
  // Save what is pending when the question or the page is left (the save is journalled
  // synchronously, so a reload right after typing keeps it).
  useEffect(() => {
    const pending = () => {
      clearTimeout(timer.current);
      const l = latest.current;
      if (!l.saved) {
        l.onSave(l.text);
        latest.current = { ...l, saved: true };
        setSaved(true);
      }
    };
    window.addEventListener("beforeunload", pending);
    window.addEventListener("pagehide", pending);
    return () => {
      window.removeEventListener("beforeunload", pending);
      window.removeEventListener("pagehide", pending);
      pending();
    };
  }, []);
  const flush = () => {
    clearTimeout(timer.current);
    if (!latest.current.saved) {
      onSave(latest.current.text);
      setSaved(true);
    }
  };
  return (
    <section aria-labelledby={`${id}-h`} className="question-notes">
      <h2 id={`${id}-h`}>Your notes</h2>
      <p id={`${id}-hint`} className="muted md-hint">
        Private, kept in this browser and in your backups.
      </p>
      <textarea
        id={id}
        aria-labelledby={`${id}-h`}
        aria-describedby={`${id}-hint`}
        rows={3}
        value={text}
        placeholder="What to remember next time: the trick, the mistake you made…"
        onChange={(e) => {
          setText(e.target.value);
          setSaved(false);
          clearTimeout(timer.current);
          timer.current = setTimeout(flush, 600);
        }}
        onBlur={flush}
      />
      <p className="muted note-status" role="status">
        {error ?? (saved ? (text ? "Saved." : "") : "Saving…")}
      </p>
    </section>
  );
}
