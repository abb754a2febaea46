/**
 * Shapes of the pack checker: the engines it runs questions on, its options, and the report it
 * returns. A `CheckProblem` always names the exact place in the pack (`questions[3].wrongAnswers[1]`)
 * and says how to fix it, like a `PackError` does.
 */
import type { GradeResult } from "../../domain/grading/result";
import type { PackStats, PackWarning, Question, QuestionKind } from "../../domain/packs";
import type { PythonGradeRequest } from "../python/types";
import type { gradeSql } from "../sql/sql-core";

/** What the checker needs to run Python: anything with `PythonCore`'s `grade`. */
export interface PythonGrader {
  grade(request: PythonGradeRequest): Promise<GradeResult>;
}

/** An initialised sql.js module (`await initSqlJs()`). */
export type SqlEngine = Parameters<typeof gradeSql>[0];

/** The real engines the checker proves questions with. */
export interface CheckEngines {
  python: PythonGrader;
  sql: SqlEngine;
}

/** Options of `checkPack`. */
export interface CheckOptions {
  /** Also enforce the built-in bank's quality rules (hints, explanation length, case counts…).
   * Off by default so third-party packs are checked leniently. */
  quality?: boolean;
  /** Other questions (e.g. the built-in bank) whose model answers show how generic a rubric signal
   * is, besides the pack's own. Without enough of them the "generic signal" rule is skipped. */
  corpus?: readonly Question[];
  /** Called after each question is checked (progress output). */
  onQuestion?: (report: QuestionReport) => void;
}

/** Machine-readable class of a problem. */
export type CheckProblemCode =
  | "invalid-pack"
  | "reference-fails"
  | "wrong-answer-passes"
  | "wrong-answer-syntax-error"
  | "wrong-answer-errors"
  | "wrong-answer-is-reference"
  | "starter-passes"
  | "starter-errors"
  | "starter-is-reference"
  | "wrong-answer-is-starter"
  | "derive-fails"
  | "derive-mismatch"
  | "rubric"
  | "rubric-echo"
  | "rubric-generic"
  | "numeric-answer"
  | "quality";

/** One thing wrong with a pack or a question. */
export interface CheckProblem {
  code: CheckProblemCode;
  /** Where, e.g. `questions[3].wrongAnswers[1]`; "" for the pack as a whole. */
  path: string;
  /** What is wrong, e.g. `wrong answer "no-ties" passed all cases`. */
  message: string;
  /** What the author should do about it. */
  fix: string;
}

/** The verdict on one question. */
export interface QuestionReport {
  index: number;
  id: string;
  kind: QuestionKind;
  title: string;
  /** True when the question has no problems. */
  ok: boolean;
  problems: CheckProblem[];
  /** Findings that do not fail the check (rules that `quality` would make problems). */
  warnings: CheckProblem[];
  /** Grading runs made to prove it (reference + wrong answers); 0 for answer-only kinds. */
  runs: number;
  durationMs: number;
}

/** Totals of a check. */
export interface CheckStats {
  questions: number;
  ok: number;
  withProblems: number;
  problems: number;
  runs: number;
  durationMs: number;
}

/** Result of `checkPack`: `ok` is true when there is no problem at all (warnings allowed). */
export interface PackReport {
  ok: boolean;
  packId?: string;
  title?: string;
  /** Whether the quality rules were applied. */
  quality: boolean;
  /** Problems of the pack as a whole (it did not parse): then `questions` is empty. */
  problems: CheckProblem[];
  warnings: PackWarning[];
  questions: QuestionReport[];
  stats: CheckStats;
  /** Counts by category/kind/difficulty/lane, when the pack parsed. */
  packStats?: PackStats;
}
