/**
 * Converts the harness's raw JSON result into the shared GradeResult shape, applying the caps
 * of domain/grading/result.ts to everything that came from user code.
 */
import {
  capText,
  errorResult,
  summarise,
  OUTPUT_CAP_PER_CASE,
  OUTPUT_CAP_PER_RUN,
  REPR_CAP,
  type CaseResult,
  type ErrorInfo,
} from "../../domain/grading/result";
import type { PythonGradeResult } from "./types";

/** The JSON the Python harness returns (see harness/grade.py). */
export interface RawHarnessResult {
  status: "ok" | "error" | "interrupted";
  error?: ErrorInfo;
  cases?: RawCase[];
  notRun?: string[];
  output: string;
  outputTotal: number;
}

interface RawCase extends Omit<CaseResult, "output"> {
  output?: string;
  outputTotal?: number;
}

/** The harness keeps only the first `cap` characters and counts the rest; show the cut like
 * capText does. */
function keptOutput(text: string, total: number, cap: number): { text: string; truncated: boolean } {
  if (total <= text.length) return capText(text, cap);
  return { text: `${text}\n… [${total - text.length} more characters not shown]`, truncated: true };
}

function capRepr(text: string | undefined): string | undefined {
  return text === undefined ? undefined : capText(text, REPR_CAP).text;
}

/** Cap an ErrorInfo's traceback (user-produced text). */
export function capError(error: ErrorInfo): ErrorInfo {
  const out: ErrorInfo = { ...error, message: capText(error.message, REPR_CAP).text };
  if (error.traceback !== undefined) out.traceback = capText(error.traceback, OUTPUT_CAP_PER_CASE).text;
  return out;
}

/** Seconds for messages: 5000 -> "5", 1500 -> "1.5". */
export function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** The ErrorInfo of a run stopped at its wall-clock limit. */
export function timeoutError(limitMs: number): ErrorInfo {
  return { kind: "Timeout", message: `Your code ran longer than ${seconds(limitMs)} s and was stopped.` };
}

/** Build the final result. `hasTests` is false for a plain run of code without any tests. */
export function toGradeResult(
  raw: RawHarnessResult,
  limitMs: number,
  durationMs: number,
  hasTests: boolean,
): PythonGradeResult {
  const output = keptOutput(raw.output, raw.outputTotal, OUTPUT_CAP_PER_RUN);
  let truncated = output.truncated;
  const extra = { output: output.text, outputTruncated: truncated };
  if (raw.status === "interrupted") return errorResult(timeoutError(limitMs), durationMs, extra);
  if (raw.status === "error") {
    return errorResult(
      capError(raw.error ?? { kind: "InternalError", message: "Unknown error" }),
      durationMs,
      extra,
    );
  }
  const cases: CaseResult[] = (raw.cases ?? []).map(({ outputTotal, ...c }) => {
    const out = keptOutput(c.output ?? "", outputTotal ?? 0, OUTPUT_CAP_PER_CASE);
    truncated ||= out.truncated;
    const details = c.details as { error?: ErrorInfo } | undefined;
    const result: CaseResult = {
      ...c,
      expected: capRepr(c.expected),
      actual: capRepr(c.actual),
      output: out.text,
    };
    if (c.message !== undefined) result.message = capText(c.message, REPR_CAP).text;
    if (details?.error) result.details = { ...details, error: capError(details.error) };
    for (const key of ["expected", "actual", "message"] as const)
      if (result[key] === undefined) delete result[key];
    return result;
  });
  const notRun = raw.notRun ?? [];
  const more = { ...extra, outputTruncated: truncated, ...(notRun.length ? { notRun } : {}) };
  if (cases.length === 0) {
    if (!hasTests) return { status: "pass", score: 1, cases: [], durationMs, ...more };
    const message = notRun.length
      ? "There are no visible tests to run; press Submit to run the hidden tests."
      : "This question has no tests.";
    return errorResult({ kind: "NoTests", message }, durationMs, more);
  }
  return summarise(cases, durationMs, more);
}
