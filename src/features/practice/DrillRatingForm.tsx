import { useEffect, useRef } from "react";
import {
  DRILL_RATINGS,
  formatInterval,
  type AttemptSummary,
  type DrillRating,
  type IntervalPreview,
} from "../../domain/drill";
import { plainKey } from "../../components/shortcuts/typing-target";

export const RATING_LABELS: Record<DrillRating, string> = {
  again: "Again",
  hard: "Hard",
  good: "Good",
  easy: "Easy",
};

/** Why `rating` was suggested for the attempt `a`, in one sentence. */
export function ratingReason(a: AttemptSummary, rating: DrillRating): string {
  const minutes = Math.max(1, Math.round(a.timeSpentMs / 60_000));
  switch (rating) {
    case "again":
      return a.status === "error"
        ? "Your first try did not run."
        : `Your first try did not pass (score ${Math.round(a.score * 100)}%).`;
    case "hard":
      return a.solutionViewed
        ? "You passed after viewing the solution."
        : `You passed with ${a.hintsUsed === 1 ? "a hint" : `${a.hintsUsed} hints`}.`;
    case "easy":
      return `You passed cleanly and quickly (${minutes} min, estimate ${a.estimatedMinutes} min).`;
    case "good":
      return "You passed without hints or the solution.";
  }
}

/**
 * The four ratings as buttons, each with when the question would come back and its key (1–4, as in
 * Anki); the suggestion is highlighted. One click or one key press rates. Pure UI: the caller
 * schedules and saves.
 */
export function DrillRatingForm({
  suggestion,
  reason,
  previews,
  busy,
  onRate,
}: {
  suggestion: DrillRating;
  reason: string;
  previews: Record<DrillRating, IntervalPreview>;
  busy: boolean;
  onRate: (rating: DrillRating) => void;
}) {
  const rate = useRef(onRate);
  useEffect(() => {
    rate.current = busy ? () => undefined : onRate;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = Number(e.key);
      if (!plainKey(e) || !Number.isInteger(n) || n < 1 || n > DRILL_RATINGS.length) return;
      e.preventDefault();
      rate.current(DRILL_RATINGS[n - 1]!);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <div className="drill-rating" role="group" aria-labelledby="drill-rating-question">
      <p className="drill-rating-question" id="drill-rating-question">
        <strong>How well did you know it?</strong>{" "}
        <span className="muted">
          Suggested: {RATING_LABELS[suggestion]}. {reason} Press 1–4 or choose:
        </span>
      </p>
      <div className="drill-ratings">
        {DRILL_RATINGS.map((r, i) => (
          <button
            key={r}
            type="button"
            className={`drill-rating-option${r === suggestion ? " primary" : ""}`}
            disabled={busy}
            aria-keyshortcuts={String(i + 1)}
            aria-label={`${RATING_LABELS[r]}, back in ${formatInterval(previews[r].intervalMs)}${r === suggestion ? " (suggested)" : ""}`}
            onClick={() => onRate(r)}
          >
            <span className="drill-rating-name">
              <kbd aria-hidden="true">{i + 1}</kbd> {RATING_LABELS[r]}
            </span>
            <span className="drill-rating-when">{formatInterval(previews[r].intervalMs)}</span>
          </button>
        ))}
      </div>
      {busy ? (
        <p role="status" className="muted">
          Saving your rating…
        </p>
      ) : null}
    </div>
  );
}
