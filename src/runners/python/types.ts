/**
 * Request and protocol types of the Python runner (Pyodide in a module worker).
 *
 * A `PythonGradeRequest` says what to run (candidate `code`) and how to judge it: structured
 * `cases` against an `entry` function, unittest/assert `testCode`, and/or a seeded `generated`
 * check against a reference. Question packs produce these objects; the runner turns them into a
 * `GradeResult` (see domain/grading/result.ts).
 */
import type { GradeResult } from "../../domain/grading/result";

/** How an actual value is compared with the expected one. `approx` applies to every number,
 * also inside lists/dicts/tuples (defaults abs 1e-9, rel 1e-9); `unordered` compares a list as a
 * multiset with exact elements; `set` ignores order and duplicates. */
export type Compare =
  | { kind: "exact" }
  | { kind: "approx"; abs?: number; rel?: number }
  | { kind: "unordered" }
  | { kind: "set" };

/** One structured case: `entry(*args, **kwargs)` must equal `expected` under `compare`. */
export interface PythonCase {
  id: string;
  description?: string;
  args: unknown[];
  kwargs?: Record<string, unknown>;
  expected: unknown;
  compare?: Compare;
  stdin?: string;
  hidden?: boolean;
}

/** A seeded random check (Submit only): `generator` defines `gen(rng) -> dict(args=[...],
 * kwargs={...})`, `reference` defines the entry function; the first mismatch is reported. */
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
  entry?: string;
  cases?: PythonCase[];
  testCode?: string;
  generated?: GeneratedCheck;
  mode: "run" | "submit";
  /** Wall clock limit per run, enforced by the facade. Default 5000. */
  timeLimitMs?: number;
  packages?: string[];
  packageBaseUrl?: string;
}

/** A GradeResult plus the ids of cases that were deliberately not run (hidden cases and the
 * generated check on Run). */
export interface PythonGradeResult extends GradeResult {
  notRun?: string[];
}

/** Wall-clock limit used when a request has no `timeLimitMs`. */
export const DEFAULT_TIME_LIMIT_MS = 5_000;

/** Messages from the facade to the worker. */
export type ToWorker =
  | { type: "init"; indexURL: string; interruptBuffer?: SharedArrayBuffer }
  | { type: "grade"; id: number; request: PythonGradeRequest };

/** Messages from the worker to the facade. */
export type FromWorker =
  | { type: "ready" }
  | { type: "boot-failed"; message: string }
  | { type: "started"; id: number }
  | { type: "output"; id: number; chunk: string }
  | { type: "result"; id: number; result: PythonGradeResult; fatal?: boolean };

/** The part of a (DOM or adapted Node) Worker the facade uses. A DOM `Worker` satisfies it. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- DOM and Node events differ
  addEventListener(type: "message" | "error" | "messageerror", listener: (event: any) => void): void;
  terminate(): void;
}
