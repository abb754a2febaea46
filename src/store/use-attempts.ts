import { useEffect, useMemo, useState } from "react";
import { listAllAttempts, type Attempt } from "./progress-repo";

/** Every stored attempt, read once when the screen opens; null while loading. */
export function useAllAttempts(): Attempt[] | null {
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);
  useEffect(() => {
    let live = true;
    void listAllAttempts().then((a) => live && setAttempts(a));
    return () => {
      live = false;
    };
  }, []);
  return attempts;
}

/** Best score per question key over all stored attempts. */
export function useBestScores(): Map<string, number> {
  const attempts = useAllAttempts();
  return useMemo(() => {
    const m = new Map<string, number>();
    for (const a of attempts ?? []) m.set(a.questionKey, Math.max(m.get(a.questionKey) ?? 0, a.score));
    return m;
  }, [attempts]);
}
