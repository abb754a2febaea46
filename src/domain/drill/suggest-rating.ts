/**
 * Suggesting a drill rating from how an attempt went. The user always has the last word; the
 * suggestion only pre-selects a button.
 */
import type { Status } from "../grading/result";
import type { DrillRating } from "./card-state";

/** What `suggestRating` needs to know about an attempt (a subset of the stored `Attempt`). */
export interface AttemptSummary {
  /** Question kind; `written` and `design` are graded by rubric, the rest by cases or answer key. */
  kind: string;
  status: Status;
  /** Score in [0, 1]. */
  score: number;
  hintsUsed: number;
  solutionViewed: boolean;
  /** Time spent on the attempt in milliseconds. */
  timeSpentMs: number;
  /** The question's `estimatedMinutes`. */
  estimatedMinutes: number;
}

/** Tunable thresholds of `suggestRating`. */
export interface RatingRules {
  /** Rubric score at or above which a written/design answer counts as passed; default 0.7
   * (the "hire" band of `hireSignal`). */
  rubricPassScore?: number;
  /** Fraction of `estimatedMinutes` within which a clean pass counts as quick; default 0.5. */
  quickFactor?: number;
}

const RUBRIC_KINDS = new Set(["written", "design"]);

/** Whether the attempt counts as passed, by the rules of `suggestRating`. */
export function attemptPassed(a: AttemptSummary, rules: RatingRules = {}): boolean {
  if (a.status === "error") return false;
  if (RUBRIC_KINDS.has(a.kind)) return a.score >= (rules.rubricPassScore ?? 0.7);
  return a.status === "pass" && a.score >= 1;
}

/**
 * Suggest a rating from the result of an attempt:
 * - **Again** when it failed: status `error` always; for rubric-graded kinds (`written`,
 *   `design`) a score below `rubricPassScore` (0.7); for every other kind a status other than
 *   `pass` or a score below 1.
 * - **Hard** when it passed but the user opened at least one hint or viewed the solution.
 * - **Easy** when it passed cleanly (no hints, no solution) and quickly: time spent at most
 *   `estimatedMinutes × quickFactor` (0.5) minutes, and more than zero (an unknown time is not quick).
 * - **Good** for any other pass.
 */
export function suggestRating(a: AttemptSummary, rules: RatingRules = {}): DrillRating {
  if (!attemptPassed(a, rules)) return "again";
  if (a.hintsUsed > 0 || a.solutionViewed) return "hard";
  const quickMs = a.estimatedMinutes * 60_000 * (rules.quickFactor ?? 0.5);
  if (a.timeSpentMs > 0 && a.timeSpentMs <= quickMs) return "easy";
  return "good";
}
