/** "Last rating: Good. Undo last rating" — the one-step undo of a drill rating (no store access). */
export function UndoRating({
  ratingLabel,
  error,
  onUndo,
}: {
  ratingLabel: string;
  error: string | null;
  onUndo: () => void;
}) {
  return (
    <p className="drill-undo">
      <span className="muted">Last rating: {ratingLabel}.</span>{" "}
      <button type="button" className="link-button" onClick={onUndo}>
        Undo last rating
      </button>
      {error ? (
        <span role="alert" className="error-text">
          {" "}
          {error}
        </span>
      ) : null}
    </p>
  );
}
