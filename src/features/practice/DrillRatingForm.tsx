import { useState } from "react";
import {
  DRILL_RATINGS,
  formatInterval,
  type AttemptSummary,
  type DrillRating,
  type IntervalPreview,
} from "../../domain/drill";

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
        ? "Your first try could not be graded."
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
 * The four ratings, each with when the question would come back, the suggestion pre-selected;
 * the user picks and confirms. Pure UI: the caller schedules and saves.
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
  const [choice, setChoice] = useState<DrillRating>(suggestion);
  return (
    <form
      className="drill-rating"
      onSubmit={(e) => {
        e.preventDefault();
        onRate(choice);
      }}
    >
      <p className="drill-suggestion">
        Suggested: <strong>{RATING_LABELS[suggestion]}</strong>. {reason}
      </p>
      <fieldset className="drill-ratings">
        <legend>How well did you know it?</legend>
        {DRILL_RATINGS.map((r) => (
          <label key={r} className={`drill-rating-option${r === choice ? " selected" : ""}`}>
            <input
              type="radio"
              name="drill-rating"
              value={r}
              checked={r === choice}
              aria-label={`${RATING_LABELS[r]}, back in ${formatInterval(previews[r].intervalMs)}${r === suggestion ? " (suggested)" : ""}`}
              onChange={() => setChoice(r)}
            />
            <span className="drill-rating-name">{RATING_LABELS[r]}</span>
            <span className="drill-rating-when">back in {formatInterval(previews[r].intervalMs)}</span>
            {r === suggestion ? <span className="drill-rating-tag">suggested</span> : null}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? "Saving…" : "Save rating and continue"}
      </button>
    </form>
  );
}
