import { useCallback, useEffect, useRef, useState } from "react";
import type { GradeResult } from "../../domain/grading/result";
import { questionKey, type Pack, type Question } from "../../domain/packs";
import { listAttempts, recordAttempt, type Attempt } from "../../store";

/**
 * One visit to a question: when it started, hints shown, whether the solution was viewed, the
 * stored attempts, the first attempt of this visit, and `record` to store a graded submission.
 */
export function useQuestionSession(pack: Pack, question: Question) {
  const key = questionKey(pack.id, question.id);
  const startedAt = useRef(0);
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionViewed, setSolutionViewed] = useState(false);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  // The first attempt of this visit: a drill rates how well the question was remembered.
  const [firstAttempt, setFirstAttempt] = useState<Attempt | null>(null);
  // A past answer to put back into the editor (the answer components apply it to their draft).
  const [restoreRequest, setRestoreRequest] = useState<{ answer: unknown; n: number } | null>(null);

  useEffect(() => {
    startedAt.current = Date.now();
    let live = true;
    void listAttempts(key).then((a) => live && setAttempts(a));
    return () => {
      live = false;
    };
  }, [key]);

  const record = useCallback(
    async (result: GradeResult, answer: unknown) => {
      const at = Date.now();
      const attempt: Attempt = {
        questionKey: key,
        packId: pack.id,
        questionId: question.id,
        packVersion: pack.version,
        kind: question.kind,
        mode: "practice",
        at,
        timeSpentMs: at - startedAt.current,
        status: result.status,
        score: result.score,
        result,
        hintsUsed: hintsShown,
        solutionViewed,
        answer,
      };
      setFirstAttempt((first) => first ?? attempt);
      const r = await recordAttempt(attempt);
      if (!r.ok) setSaveError(`This attempt could not be saved: ${r.message}`);
      else setSaveError(null);
      setAttempts(await listAttempts(key));
    },
    [key, pack.id, pack.version, question.id, question.kind, hintsShown, solutionViewed],
  );

  return {
    key,
    hintsShown,
    showNextHint: () => setHintsShown((n) => Math.min(n + 1, question.hints.length)),
    solutionViewed,
    viewSolution: () => setSolutionViewed(true),
    attempts,
    record,
    saveError,
    firstAttempt,
    restoreRequest,
    /** Put a past answer back into the editor. */
    restore: (answer: unknown) => setRestoreRequest((r) => ({ answer, n: (r?.n ?? 0) + 1 })),
  };
}

export type QuestionSession = ReturnType<typeof useQuestionSession>;
