/** A small factory for stored practice attempts, shared by the store tests. */
import type { Attempt } from "../../src/store/progress-repo";

export interface AttemptOpts {
  /** The question kind recorded with the attempt (default "choice"). */
  kind?: string;
  /** What was answered; left out of the record when not given. */
  answer?: unknown;
}

/**
 * A practice attempt at `questionKey` ("pack/question") submitted at `at` with `score`: it passes
 * when the score is 1, took a second, used no hints and did not view the solution.
 */
export function attempt(questionKey: string, at: number, score: number, o: AttemptOpts = {}): Attempt {
  const [packId = "", questionId = ""] = questionKey.split("/");
  const status = score >= 1 ? "pass" : "fail";
  return {
    questionKey,
    packId,
    questionId,
    packVersion: "1.0.0",
    kind: o.kind ?? "choice",
    mode: "practice",
    at,
    timeSpentMs: 1000,
    status,
    score,
    result: { status, score, cases: [], durationMs: 0 },
    hintsUsed: 0,
    solutionViewed: false,
    ...(o.answer !== undefined ? { answer: o.answer } : {}),
  };
}
