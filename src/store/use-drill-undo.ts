import { useState } from "react";
import { navigate } from "../lib/router/hash-router";
import { undoLastRating } from "./drill-session";
import { useAppStore } from "./index";
import type { DrillRating } from "../domain/drill/card-state";

const LABEL: Record<DrillRating, string> = { again: "Again", hard: "Hard", good: "Good", easy: "Easy" };

/** The last drill rating while it can be undone (null otherwise), and `undo`, which goes back to
 * its question. */
export function useDrillUndo(): { rating: string; error: string | null; undo: () => void } | null {
  const last = useAppStore((s) => s.drillUndo);
  const [error, setError] = useState<string | null>(null);
  if (!last) return null;
  return {
    rating: LABEL[last.rating],
    error,
    undo: () =>
      void undoLastRating().then((r) => {
        if (r.ok) navigate(r.href);
        else setError(r.message);
      }),
  };
}
