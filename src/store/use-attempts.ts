import { useEffect, useMemo, useState } from "react";
import { useAppStore } from "./index";
import { listAllAttempts, type Attempt } from "./progress-repo";

/** Every stored attempt, read when the screen opens (and again after a backup merge or a reset);
 * null while loading. */
export function useAllAttempts(): Attempt[] | null {
  const [attempts, setAttempts] = useState<Attempt[] | null>(null);
  const version = useAppStore((s) => s.dataVersion);
  useEffect(() => {
    let live = true;
    void listAllAttempts().then((a) => live && setAttempts(a));
    return () => {
      live = false;
    };
  }, [version]);
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
