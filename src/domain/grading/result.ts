/**
 * The one result shape every grader returns (Python, SQL, choice, numeric, rubric).
 *
 * `status` is the overall verdict: `pass` when every case/item passed, `fail` when at least one
 * was judged wrong, `error` when nothing could be judged (syntax error, timeout, crashed worker,
 * invalid question). `score` is in [0, 1]. Each entry in `cases` describes one test case or rubric
 * item. Strings that come from user code (`actual`, `output`) are capped before they get here.
 */
export type Status = "pass" | "fail" | "error";

/** A case's status: a verdict, or `skipped` (the test file skipped it: counted neither as a pass
 * nor as a failure) or `not-run` (the run stopped before reaching it: not a pass). */
export type CaseStatus = Status | "skipped" | "not-run";

export interface CaseResult {
  /** Stable id of the test case or rubric item. */
  id: string;
  /** Human-readable description (what the case checks / what mistake it catches). */
  description?: string;
  status: CaseStatus;
  /** Why it failed or errored, in words a candidate understands. */
  message?: string;
  /** repr of the expected value (capped). */
  expected?: string;
  /** repr of the actual value (capped). */
  actual?: string;
  /** Output printed while this case ran (capped). */
  output?: string;
  /** Whether this case is hidden from the candidate (only counted on Submit). */
  hidden?: boolean;
  /** Milliseconds spent on this case. */
  durationMs?: number;
  /** Points earned / available, for rubric items. */
  points?: number;
  maxPoints?: number;
  /** Grader-specific structured details (e.g. an SQL row diff). */
  details?: unknown;
}

export interface ErrorInfo {
  /** e.g. "SyntaxError", "Timeout", "WorkerCrashed", "RecursionError", "SQLiteError". */
  kind: string;
  message: string;
  /** 1-based line in the candidate's code, when known. */
  line?: number;
  /** Traceback or engine message, trimmed to the candidate's frames (capped). */
  traceback?: string;
}

export interface GradeResult {
  status: Status;
  /** Fraction of cases/points passed, 0..1. 0 when status is `error`. */
  score: number;
  cases: CaseResult[];
  /** Set when status is `error`, and for errors outside any single case. */
  error?: ErrorInfo;
  /** Free output of the whole run (capped). */
  output?: string;
  /** True when `output` or any case output was truncated. */
  outputTruncated?: boolean;
  durationMs: number;
}

/** Characters kept of any user-produced string shown in a result. */
export const REPR_CAP = 2_000;
export const OUTPUT_CAP_PER_CASE = 4_000;
export const OUTPUT_CAP_PER_RUN = 20_000;

/** Truncate `text` to `cap` characters, marking the cut. */
export function capText(text: string, cap: number): { text: string; truncated: boolean } {
  if (text.length <= cap) return { text, truncated: false };
  const omitted = text.length - cap;
  return { text: `${text.slice(0, cap)}\n… [${omitted} more characters not shown]`, truncated: true };
}

/** Summarise case results into an overall verdict. `error` and `not-run` cases count as not
 * passed; `skipped` cases do not count at all. */
export function summarise(
  cases: CaseResult[],
  durationMs: number,
  extra: Partial<GradeResult> = {},
): GradeResult {
  const counted = cases.filter((c) => c.status !== "skipped");
  const judged = counted.filter((c) => c.maxPoints !== undefined);
  let score: number;
  if (judged.length === counted.length && counted.length > 0) {
    const max = counted.reduce((s, c) => s + (c.maxPoints ?? 0), 0);
    const got = counted.reduce((s, c) => s + (c.points ?? 0), 0);
    score = max > 0 ? got / max : 0;
  } else {
    score = counted.length ? counted.filter((c) => c.status === "pass").length / counted.length : 0;
  }
  const status: Status =
    counted.length === 0 ? "error" : counted.every((c) => c.status === "pass") ? "pass" : "fail";
  return { status, score, cases, durationMs, ...extra };
}

/** A result for when nothing could be judged. */
export function errorResult(
  error: ErrorInfo,
  durationMs: number,
  extra: Partial<GradeResult> = {},
): GradeResult {
  return { status: "error", score: 0, cases: [], error, durationMs, ...extra };
}

/**
 * Error kinds that say the grading engine failed, not the answer (Python could not start, a
 * worker crashed, a package could not be loaded…). A result with one of these is not a grade:
 * the answer is graded again later, or explicitly counted as not graded.
 */
export const ENGINE_FAILURE_KINDS: ReadonlySet<string> = new Set([
  "EngineLoadError",
  "EngineUnavailable",
  "PackageUnavailable",
  "InternalError",
  "WorkerCrashed",
  "Disposed",
  "GradingFailed",
  "QuestionMissing",
]);

/** Whether `result` failed because of the engine rather than the answer (see ENGINE_FAILURE_KINDS). */
export function isEngineFailure(result: GradeResult): boolean {
  return result.status === "error" && !!result.error && ENGINE_FAILURE_KINDS.has(result.error.kind);
}
