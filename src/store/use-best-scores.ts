import { useEffect, useState } from "react";
import { listAllAttempts } from "./progress-repo";

/** Best score per question key over all stored attempts. */
export function useBestScores(): Map<string, number> {
  const [scores, setScores] = useState(new Map<string, number>());
  useEffect(() => {
    let live = true;
    void listAllAttempts().then((attempts) => {
      const m = new Map<string, number>();
      for (const a of attempts) m.set(a.questionKey, Math.max(m.get(a.questionKey) ?? 0, a.score));
      if (live) setScores(m);
    });
    return () => {
      live = false;
    };
  }, []);
  return scores;
}
