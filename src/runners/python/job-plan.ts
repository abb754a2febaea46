/**
 * The trusted half of Python grading: what to send to the untrusted process (`planJob`), and how
 * to judge what comes back (`judge`).
 *
 * `planJob` strips every expected value and every reference from a request: a job carries the
 * candidate's code, module name, files and test file, and the calls to make (hidden calls only on
 * Submit, marked quiet so their output is not shown). `judge` compares the plain values the worker
 * reported with the request's expected values, in this process; a worker that lies can only lie
 * about its own outputs, which it would have to compute to pass. Test-file results (`testCode`)
 * are the exception: asserts run inside the worker, and their verdicts are taken as reported (see
 * the README's trust section).
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
import {
  comparePlain,
  fromJson,
  isPlainValue,
  reprPlain,
  type PlainValue,
} from "../../domain/grading/plain-value";
import type {
  CandidateJob,
  Compare,
  GenerateJob,
  JobCall,
  JobEvent,
  JobFinal,
  PythonGradeRequest,
  PythonGradeResult,
  RawCaseEvent,
} from "./types";

/** Inputs and expected values produced by a question's generator and reference. */
export interface GeneratedCases {
  inputs: (JobCall & { call: string })[];
  expected: PlainValue[];
}

/** The job for a request, and the ids deliberately not run. */
export function planJob(
  request: PythonGradeRequest,
  generated?: GeneratedCases,
): { job: CandidateJob; notRun: string[] } {
  const submit = request.mode === "submit";
  const notRun: string[] = [];
  const calls: JobCall[] = [];
  for (const c of request.cases ?? []) {
    if (c.hidden && !submit) {
      notRun.push(c.id);
      continue;
    }
    const call: JobCall = { id: c.id, args: c.args };
    if (c.kwargs && Object.keys(c.kwargs).length) call.kwargs = c.kwargs;
    if (c.stdin) call.stdin = c.stdin;
    if (c.hidden && !request.revealHidden) call.quiet = true;
    calls.push(call);
  }
  if (request.generated) {
    if (!submit) notRun.push("generated");
    else if (generated) calls.push(...generated.inputs.map(({ call: _call, ...input }) => input));
  }
  const job: CandidateJob = {
    kind: "candidate",
    code: request.code,
    calls,
    caseCap: OUTPUT_CAP_PER_CASE,
    runCap: OUTPUT_CAP_PER_RUN,
  };
  if (request.module) job.module = request.module;
  if (request.files && Object.keys(request.files).length) job.files = request.files;
  if (request.entry) job.entry = request.entry;
  if (request.testCode) job.testCode = request.testCode;
  return { job, notRun };
}

/** The job that runs a request's generator and reference (needs `generated` and `entry`). */
export function generateJob(request: PythonGradeRequest): GenerateJob {
  const g = request.generated!;
  return {
    kind: "generate",
    generator: g.generator,
    reference: g.reference,
    entry: request.entry ?? "",
    seed: g.seed,
    count: g.count,
    caseCap: OUTPUT_CAP_PER_CASE,
    runCap: OUTPUT_CAP_PER_RUN,
  };
}

/** Read a generate job's final result; an error is the question's fault. */
export function readGenerated(final: JobFinal): GeneratedCases | ErrorInfo {
  if (final.status !== "ok" || !Array.isArray(final.inputs) || !Array.isArray(final.expected)) {
    const e = final.error;
    return {
      kind: "QuestionError",
      message: e?.message ?? "The question's generator did not produce inputs.",
      ...(e?.traceback ? { traceback: e.traceback } : {}),
    };
  }
  const expected = final.expected.filter(isPlainValue);
  if (expected.length !== final.expected.length || expected.length !== final.inputs.length)
    return { kind: "QuestionError", message: "The question's generator produced unreadable values." };
  return { inputs: final.inputs, expected };
}

/** How a run ended, as the facade saw it. */
export interface RunEnd {
  /** The whole run hit its time limit (or the worker crashed) while `runningId` ran. */
  stopped?: { kind: "Timeout" | "WorkerCrashed"; message: string };
  /** Ids of calls/tests the grader itself interrupted (per-test budget). */
  interrupted: ReadonlySet<string>;
  /** The call/test that had started but not finished when the run stopped. */
  runningId?: string;
  durationMs: number;
  limitMs: number;
  testLimitMs?: number;
}

/** Seconds for messages: 5000 -> "5", 1500 -> "1.5". */
export function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** The ErrorInfo of a run stopped at its wall-clock limit. */
export function timeoutError(limitMs: number): ErrorInfo {
  return { kind: "Timeout", message: `Your code ran longer than ${seconds(limitMs)} s and was stopped.` };
}

function keptOutput(text: string, total: number, cap: number): { text: string; truncated: boolean } {
  if (total <= text.length) return capText(text, cap);
  return { text: `${text}\n… [${total - text.length} more characters not shown]`, truncated: true };
}

const str = (x: unknown): string | undefined => (typeof x === "string" ? x : undefined);

/** Cap an ErrorInfo (text from user code) and keep only its known fields. */
export function capError(error: unknown): ErrorInfo {
  const e = (error ?? {}) as Record<string, unknown>;
  const out: ErrorInfo = {
    kind: capText(str(e.kind) ?? "Error", 100).text,
    message: capText(str(e.message) ?? "", REPR_CAP).text,
  };
  if (typeof e.line === "number" && Number.isInteger(e.line)) out.line = e.line;
  const tb = str(e.traceback);
  if (tb !== undefined) out.traceback = capText(tb, OUTPUT_CAP_PER_CASE).text;
  return out;
}

function describe(e: ErrorInfo): string {
  const text = e.message && e.message !== e.kind ? `${e.kind}: ${e.message}` : e.kind;
  return e.line ? `${text} (line ${e.line})` : text;
}

function interruptedCase(id: string, end: RunEnd): Pick<CaseResult, "status" | "message" | "details"> {
  if (end.interrupted.has(id)) {
    const budget = end.testLimitMs ? ` its ${seconds(end.testLimitMs)} s budget` : " its time budget";
    const error: ErrorInfo = {
      kind: "Timeout",
      message: `This test ran longer than${budget} and was stopped.`,
    };
    return { status: "error", message: error.message, details: { error } };
  }
  if (end.stopped?.kind === "Timeout") {
    const error: ErrorInfo = {
      kind: "Timeout",
      message: "The run's time limit was reached during this case.",
    };
    return { status: "error", message: error.message, details: { error } };
  }
  const error: ErrorInfo = { kind: "KeyboardInterrupt", message: "Your code raised KeyboardInterrupt." };
  return { status: "error", message: describe(error), details: { error } };
}

interface Collected {
  calls: Map<string, RawCaseEvent>;
  tests: RawCaseEvent[];
}

function collect(events: readonly RawCaseEvent[]): Collected {
  const calls = new Map<string, RawCaseEvent>();
  const tests: RawCaseEvent[] = [];
  for (const e of events) {
    if (typeof e?.id !== "string") continue;
    if (e.kind === "call" && !calls.has(e.id)) calls.set(e.id, e);
    else if (e.kind === "test") tests.push(e);
  }
  return { calls, tests };
}

function withOutput(c: CaseResult, raw: RawCaseEvent | undefined, hidden: boolean): boolean {
  if (hidden || !raw) return false;
  const out = keptOutput(str(raw.output) ?? "", Number(raw.outputTotal) || 0, OUTPUT_CAP_PER_CASE);
  c.output = out.text;
  return out.truncated;
}

/** Judge one structured case against what the worker reported. */
function judgeCall(
  c: { id: string; description?: string; hidden?: boolean; compare?: Compare },
  raw: RawCaseEvent | undefined,
  expected: PlainValue | undefined,
  end: RunEnd,
): CaseResult {
  const hidden = Boolean(c.hidden);
  const base: CaseResult = { id: c.id, status: "error", hidden };
  if (c.description) base.description = c.description;
  if (!raw) {
    if (end.interrupted.has(c.id)) return { ...base, ...interruptedCase(c.id, end) };
    if (end.stopped && end.runningId === c.id) {
      const error: ErrorInfo =
        end.stopped.kind === "Timeout"
          ? { kind: "Timeout", message: "The run's time limit was reached during this case." }
          : { kind: "WorkerCrashed", message: end.stopped.message };
      return { ...base, status: "error", message: error.message, details: { error } };
    }
    return { ...base, status: "not-run", message: "Not run: the run stopped before this case." };
  }
  if (typeof raw.durationMs === "number") base.durationMs = raw.durationMs;
  if (raw.interrupted) return { ...base, ...interruptedCase(c.id, end) };
  if (raw.error) {
    const error = capError(raw.error);
    if (hidden) {
      // The exception's message and traceback could show the hidden inputs: kind and line only.
      const shown: ErrorInfo = { kind: error.kind, message: "raised on a hidden case" };
      if (error.line) shown.line = error.line;
      const where = error.line ? ` (line ${error.line})` : "";
      return {
        ...base,
        status: "error",
        message: `${error.kind} on a hidden case${where}`,
        details: { error: shown },
      };
    }
    return { ...base, status: "error", message: describe(error), details: { error } };
  }
  if (!isPlainValue(raw.value)) {
    return {
      ...base,
      status: "error",
      message: "The grader could not read the value your function returned.",
    };
  }
  const actual = raw.value;
  if (expected === undefined) {
    // Custom input: nothing to compare, show what came back.
    return {
      ...base,
      status: "pass",
      actual: capText(str(raw.repr) ?? reprPlain(actual), REPR_CAP).text,
      message: "Ran with your input (nothing to compare).",
    };
  }
  const mismatch = comparePlain(expected, actual, c.compare);
  if (hidden) {
    return mismatch
      ? {
          ...base,
          status: "fail",
          message: "Your answer differs from the expected value on this hidden case.",
        }
      : { ...base, status: "pass" };
  }
  const out: CaseResult = {
    ...base,
    status: mismatch ? "fail" : "pass",
    expected: capText(reprPlain(expected), REPR_CAP).text,
    actual: capText(str(raw.repr) ?? reprPlain(actual), REPR_CAP).text,
  };
  if (mismatch) out.message = capText(mismatch, REPR_CAP).text;
  return out;
}

/** The generated check as one case: the first mismatching input is reported. */
function judgeGenerated(
  request: PythonGradeRequest,
  generated: GeneratedCases,
  collected: Collected,
  end: RunEnd,
): CaseResult {
  const n = generated.inputs.length;
  const base: CaseResult = {
    id: "generated",
    status: "pass",
    description: `${n} random inputs vs the reference`,
  };
  let duration = 0;
  for (let i = 0; i < n; i++) {
    const input = generated.inputs[i]!;
    const raw = collected.calls.get(input.id);
    const where = `Generated input #${i + 1}: ${input.call}`;
    const one = judgeCall(
      { id: input.id, compare: request.generated?.compare },
      raw,
      generated.expected[i],
      end,
    );
    duration += one.durationMs ?? 0;
    if (one.status !== "pass") {
      const message =
        one.status === "fail"
          ? `${where}: ${one.message}`
          : `${where} ${one.status === "not-run" ? "was not run" : `raised ${one.message}`}`;
      return {
        ...base,
        status: one.status === "not-run" ? "not-run" : one.status,
        message: capText(message, REPR_CAP).text,
        ...(one.expected !== undefined ? { expected: one.expected } : {}),
        ...(one.actual !== undefined ? { actual: one.actual } : {}),
        details: { input: input.call, index: i, ...(one.details as object | undefined) },
        durationMs: duration,
      };
    }
  }
  return { ...base, message: `All ${n} generated inputs matched the reference.`, durationMs: duration };
}

const TEST_STATUSES = new Set(["pass", "fail", "error", "skipped"]);

function judgeTest(raw: RawCaseEvent, end: RunEnd): CaseResult {
  const base: CaseResult = { id: capText(raw.id, 300).text, status: "error" };
  if (str(raw.description)) base.description = capText(raw.description!, 500).text;
  if (typeof raw.durationMs === "number") base.durationMs = raw.durationMs;
  if (raw.interrupted) return { ...base, ...interruptedCase(raw.id, end) };
  const status = TEST_STATUSES.has(raw.status ?? "") ? (raw.status as CaseResult["status"]) : "error";
  const out: CaseResult = { ...base, status };
  if (str(raw.message)) out.message = capText(raw.message!, REPR_CAP).text;
  const details = raw.details as { error?: unknown; subTest?: unknown } | undefined;
  if (details && typeof details === "object") {
    const d: Record<string, unknown> = {};
    if (details.error) d.error = capError(details.error);
    if (typeof details.subTest === "string") d.subTest = capText(details.subTest, 500).text;
    out.details = d;
  }
  return out;
}

/**
 * The final result of a run: every structured case judged here against its expected value (a
 * case the run never reached is `not-run`, the one it stopped in is timed out), the generated check
 * folded into one case, and test-file results as the worker reported them.
 */
export function judge(
  request: PythonGradeRequest,
  notRun: readonly string[],
  events: readonly RawCaseEvent[],
  final: JobFinal | undefined,
  endIn: RunEnd,
  generated?: GeneratedCases,
): PythonGradeResult {
  let end = endIn;
  const collected = collect(events);
  const runOutput = keptOutput(str(final?.output) ?? "", Number(final?.outputTotal) || 0, OUTPUT_CAP_PER_RUN);
  let truncated = runOutput.truncated;
  const extra = {
    output: runOutput.text,
    outputTruncated: truncated,
    ...(notRun.length ? { notRun: [...notRun] } : {}),
  };
  const durationMs = end.durationMs;

  // The run could not start judging: the candidate's module failed, or the harness broke.
  if (final && final.status === "error" && !end.stopped) {
    const error = capError(final.error ?? { kind: "InternalError", message: "Unknown error" });
    if (final.error?.where === "testCode") {
      error.message = `The question's test file failed to load: ${error.message}`;
    }
    return errorResult(error, durationMs, extra);
  }
  if (final && final.status === "interrupted" && !end.stopped) {
    if (end.interrupted.size === 0)
      return errorResult(
        { kind: "KeyboardInterrupt", message: "Your code raised KeyboardInterrupt." },
        durationMs,
        extra,
      );
    end = {
      ...end,
      stopped: { kind: "Timeout", message: "A test ran longer than its budget and was stopped." },
    };
  }

  // Stopped before any case began (a crash while loading, say): nothing could be judged.
  if (end.stopped && !end.runningId && collected.calls.size === 0 && collected.tests.length === 0) {
    return errorResult(
      { kind: end.stopped.kind, message: end.stopped.message || timeoutError(end.limitMs).message },
      durationMs,
      extra,
    );
  }
  const submit = request.mode === "submit";
  const cases: CaseResult[] = [];
  for (const c of request.cases ?? []) {
    if (c.hidden && !submit) continue;
    const raw = collected.calls.get(c.id);
    const expected = c.expected === undefined ? undefined : fromJson(c.expected);
    const shown = request.revealHidden ? { ...c, hidden: false } : c;
    const judged = judgeCall(shown, raw, expected, end);
    judged.hidden = Boolean(c.hidden);
    truncated = withOutput(judged, raw, Boolean(c.hidden) && !request.revealHidden) || truncated;
    cases.push(judged);
  }
  if (request.generated && submit && generated)
    cases.push(judgeGenerated(request, generated, collected, end));
  for (const raw of collected.tests) {
    const judged = judgeTest(raw, end);
    truncated = withOutput(judged, raw, false) || truncated;
    cases.push(judged);
  }
  const runningId = end.runningId;
  const isCall = (id: string) =>
    (request.cases ?? []).some((c) => c.id === id) || id.startsWith("generated-");
  if (
    end.stopped &&
    request.testCode &&
    runningId &&
    !isCall(runningId) &&
    !collected.tests.some((t) => t.id === runningId)
  ) {
    if (end.interrupted.has(runningId)) {
      cases.push({ id: capText(runningId, 300).text, ...interruptedCase(runningId, end) });
    } else {
      const error: ErrorInfo =
        end.stopped.kind === "Timeout"
          ? { kind: "Timeout", message: "The run's time limit was reached during this test." }
          : { kind: "WorkerCrashed", message: end.stopped.message };
      cases.push({
        id: capText(runningId, 300).text,
        status: "error",
        message: error.message,
        details: { error },
      });
    }
  }
  const more = { ...extra, outputTruncated: truncated };
  if (end.stopped) {
    const error: ErrorInfo = {
      kind: end.stopped.kind,
      message:
        end.stopped.message ||
        (end.stopped.kind === "Timeout" ? timeoutError(end.limitMs).message : "Python crashed."),
    };
    if (request.testCode) error.message += " The tests after it did not run.";
    if (cases.length === 0) return errorResult(error, durationMs, more);
    const summary = summarise(cases, durationMs, { ...more, error });
    return { ...summary, status: summary.status === "pass" ? "fail" : summary.status };
  }
  if (cases.length === 0) {
    const hasTests = Boolean(request.cases?.length || request.testCode || request.generated);
    if (!hasTests) return { status: "pass", score: 1, cases: [], durationMs, ...more };
    const message = notRun.length
      ? "There are no visible tests to run; press Submit to run the hidden tests."
      : "This question has no tests.";
    return errorResult({ kind: "NoTests", message }, durationMs, more);
  }
  if (cases.every((c) => c.status === "skipped"))
    return {
      ...summarise(cases, durationMs, more),
      error: { kind: "NoTests", message: "Every test was skipped." },
    };
  return summarise(cases, durationMs, more);
}

/** Parse streamed event texts into case events and the id of the last case that started. */
export function parseEvents(texts: readonly string[]): { cases: RawCaseEvent[]; running?: string } {
  const cases: RawCaseEvent[] = [];
  let running: string | undefined;
  for (const text of texts) {
    let e: JobEvent;
    try {
      e = JSON.parse(text) as JobEvent;
    } catch {
      continue;
    }
    if (!e || typeof e !== "object" || typeof e.id !== "string") continue;
    if (e.event === "start") running = e.id;
    else if (e.event === "case") {
      cases.push(e);
      if (running === e.id) running = undefined;
    }
  }
  return { cases, running };
}
