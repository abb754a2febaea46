/**
 * The headline of a result in words a candidate reads correctly: whose problem an `error` is
 * matters — a syntax error or a time-out is the candidate's own code, an engine that failed to
 * start is the app's, and the two must never read alike.
 */
import type { ErrorInfo, Status } from "./result";

/** Error kinds that mean the app or its engines failed (not the answer): nothing was judged. */
export const ENGINE_ERROR_KINDS: ReadonlySet<string> = new Set([
  "EngineLoadError",
  "EngineUnavailable",
  "PackageUnavailable",
  "InternalError",
  "WorkerCrashed",
  "Disposed",
  "GradingFailed",
  "QuestionMissing",
  "QuestionError",
  "NoTests",
]);

/** Whose problem an error is: the candidate's answer, or the app (engine, broken question). */
export function errorOwner(error: Pick<ErrorInfo, "kind"> | undefined): "answer" | "app" {
  return error && ENGINE_ERROR_KINDS.has(error.kind) ? "app" : "answer";
}

const ANSWER_ERROR_TITLES: Record<string, string> = {
  SyntaxError: "Your code has a syntax error",
  IndentationError: "Your code has an indentation error",
  TabError: "Your code mixes tabs and spaces",
  Timeout: "Your code ran out of time",
  MemoryError: "Your code ran out of memory",
  RecursionError: "Your code recursed too deeply",
  SQLiteError: "Your query did not run",
  NoResult: "Your query returned no result set",
  ResultTooLarge: "Your result is too large",
  NoAnswer: "No answer to check yet",
  InvalidAnswer: "This answer cannot be read",
};

/**
 * The verdict's headline: "All tests passed", "Some tests failed", or for an `error` what went
 * wrong and whose it was, e.g. "Your code has a syntax error", "Your code ran out of time",
 * "Could not be graded: the app failed, not your answer".
 */
export function verdictTitle(status: Status, error?: Pick<ErrorInfo, "kind">): string {
  if (status === "pass") return "All tests passed";
  if (status === "fail") return "Some tests failed";
  if (errorOwner(error) === "app") return "Could not be graded: the app failed, not your answer";
  return (error && ANSWER_ERROR_TITLES[error.kind]) ?? "Your code raised an error";
}
