/**
 * Request and protocol types of the Python runner (Pyodide in single-use module workers).
 *
 * A `PythonGradeRequest` is the TRUSTED description of one grading: the candidate's `code` plus
 * how to judge it (structured `cases` with expected values, a test file, a seeded `generated`
 * check with its reference). It stays on the grader's side. What crosses into the process that
 * runs untrusted code is a `PythonJob` (see job-plan.ts): code, module name, files, and the calls
 * to make — never an expected value or a reference solution. The worker reports each call's return
 * value as plain data (domain/grading/plain-value.ts) and the grader compares.
 */
import type { GradeResult } from "../../domain/grading/result";
import type { PlainValue, ValueCompare } from "../../domain/grading/plain-value";

/** How an actual value is compared with the expected one (see domain/grading/plain-value.ts). */
export type Compare = ValueCompare;

/** One structured case: `entry(*args, **kwargs)` must equal `expected` under `compare`. Without
 * `expected` (custom input) the call is made and its value shown, nothing is compared. */
export interface PythonCase {
  id: string;
  description?: string;
  args: unknown[];
  kwargs?: Record<string, unknown>;
  expected?: unknown;
  compare?: Compare;
  stdin?: string;
  hidden?: boolean;
}

/** A seeded random check (Submit only): `generator` defines `gen(rng) -> dict(args=[...],
 * kwargs={...})`, `reference` defines the entry function; the first mismatch is reported. The
 * generator and reference run in their own interpreter, never beside candidate code. */
export interface GeneratedCheck {
  seed: number;
  count: number;
  generator: string;
  reference: string;
  compare?: Compare;
}

/** Everything needed to grade one submission. `run` skips hidden cases and the generated check
 * (they are listed in `notRun`); `submit` runs everything. */
export interface PythonGradeRequest {
  code: string;
  /** Module name of the candidate's code (file `<module>.py`); default `solution`. */
  module?: string;
  /** Extra read-only files placed beside the candidate's module (name -> text); `.py` files are
   * importable by name, others readable from the working directory. */
  files?: Record<string, string>;
  entry?: string;
  cases?: PythonCase[];
  testCode?: string;
  generated?: GeneratedCheck;
  mode: "run" | "submit";
  /** Wall clock limit of the whole run, enforced by the facade. Default 5000. */
  timeLimitMs?: number;
  /** Optional budget per case/test: a test that exceeds it is stopped and marked timed out. */
  testTimeLimitMs?: number;
  packages?: string[];
  packageBaseUrl?: string;
  /** For pack authors (check-pack): hidden cases are judged and shown like visible ones. Never
   * set for candidates. */
  revealHidden?: boolean;
}

/** A GradeResult plus the ids of cases that were deliberately not run (hidden cases and the
 * generated check on Run). */
export interface PythonGradeResult extends GradeResult {
  notRun?: string[];
}

/** Wall-clock limit used when a request has no `timeLimitMs`. */
export const DEFAULT_TIME_LIMIT_MS = 5_000;

/** One call the untrusted side makes: JSON arguments from a pack, or plain-encoded ones from a
 * generator. `quiet`: its output is not shown (hidden cases). */
export interface JobCall {
  id: string;
  args?: unknown[];
  kwargs?: Record<string, unknown>;
  plainArgs?: PlainValue[];
  plainKwargs?: [string, PlainValue][];
  stdin?: string;
  quiet?: boolean;
}

/** What the process that runs candidate code receives. */
export interface CandidateJob {
  kind: "candidate";
  code: string;
  module?: string;
  files?: Record<string, string>;
  entry?: string;
  calls: JobCall[];
  testCode?: string;
  caseCap: number;
  runCap: number;
}

/** A question's generator + reference, run in an interpreter of their own. */
export interface GenerateJob {
  kind: "generate";
  generator: string;
  reference: string;
  entry: string;
  seed: number;
  count: number;
  caseCap: number;
  runCap: number;
}

export type PythonJob = CandidateJob | GenerateJob;

/** Streamed by the harness while a job runs. */
export type JobEvent = { event: "start"; id: string } | ({ event: "case" } & RawCaseEvent);

/** One finished call or test, as the untrusted side reports it. */
export interface RawCaseEvent {
  kind: "call" | "test";
  id: string;
  value?: unknown;
  repr?: string;
  status?: string;
  message?: string;
  description?: string;
  details?: unknown;
  error?: { kind: string; message: string; line?: number; traceback?: string };
  interrupted?: boolean;
  durationMs?: number;
  output?: string;
  outputTotal?: number;
}

/** How a job ended, as the harness reports it. */
export interface JobFinal {
  status: "ok" | "error" | "interrupted";
  error?: { kind: string; message: string; line?: number; traceback?: string; where?: string };
  inputs?: (JobCall & { call: string })[];
  expected?: unknown[];
  output: string;
  outputTotal: number;
  durationMs?: number;
}

/** Messages from the facade to the worker. `init` either makes a memory snapshot (a worker that
 * will never run untrusted code) or restores one. */
export type ToWorker =
  | {
      type: "init";
      indexURL: string;
      interruptBuffer?: SharedArrayBuffer;
      snapshot?: Uint8Array;
      makeSnapshot?: boolean;
    }
  | { type: "job"; id: number; job: PythonJob; packages?: string[]; packageBaseUrl?: string };

/** Messages from the worker to the facade. */
export type FromWorker =
  | { type: "ready"; snapshot?: Uint8Array; restored?: boolean }
  | { type: "boot-failed"; message: string }
  | { type: "started"; id: number }
  | { type: "output"; id: number; chunk: string }
  | { type: "event"; id: number; event: string }
  | { type: "done"; id: number; final: string };

/** The part of a (DOM or adapted Node) Worker the facade uses. A DOM `Worker` satisfies it. */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- DOM and Node events differ
  addEventListener(type: "message" | "error" | "messageerror", listener: (event: any) => void): void;
  terminate(): void;
}
