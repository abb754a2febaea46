import { useId } from "react";
import { Markdown } from "../markdown/Markdown";

/** Progressive hints: the ones shown so far, and a button for the next (none when there are none). */
export function HintList({
  hints,
  shown,
  onMore,
}: {
  hints: readonly string[];
  shown: number;
  onMore: () => void;
}) {
  const id = useId();
  if (hints.length === 0) return null;
  return (
    <section aria-labelledby={id} className="hints">
      <h2 id={id}>Hints</h2>
      <ol>
        {hints.slice(0, shown).map((h, i) => (
          <li key={i}>
            <Markdown source={h} />
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" onClick={onMore}>
          Show hint {shown + 1} of {hints.length}
        </button>
      ) : (
        <p className="muted">No more hints.</p>
      )}
    </section>
  );
}
