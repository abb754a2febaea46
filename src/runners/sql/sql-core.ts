/**
 * The SQL engine logic: grade an answer, run a free query, describe a schema. Runs in Node for
 * tests and inside the worker; takes an initialised `SqlJsStatic` and never throws (failures are
 * values). It cannot stop a runaway query: time limits are the facade's job (`sql-runner.ts`).
 * Every execution gets a fresh database and leaves nothing behind on the engine (sql-guard.ts);
 * hidden datasets are reported without anything that depends on their data (sql-preview.ts).
 */
import type { SqlJsStatic } from "sql.js";
import {
  errorResult,
  summarise,
  type CaseResult,
  type ErrorInfo,
  type GradeResult,
} from "../../domain/grading/result";
import { compareResultSets, diffMessage } from "../../domain/grading/sql-compare";
import { formatTable } from "./sql-format";
import { beginRequest } from "./sql-guard";
import {
  ClassifiedError,
  candidateError,
  closeSession,
  engineMessage,
  openSession,
  runInSession,
  type Session,
} from "./sql-exec";
import {
  HIDDEN_DETAILS,
  HIDDEN_FAIL,
  HIDDEN_PASS,
  displayDiff,
  hiddenCaseMessage,
  hiddenError,
  preview,
} from "./sql-preview";
import type { ExploreResult, ResultSet, SqlCaseDetails, SqlGradeRequest } from "./types";

export { schemaInfo } from "./sql-schema-info";

interface Dataset {
  id: string;
  description?: string;
  seed: string;
  hidden: boolean;
}

/** Options of `gradeSql` that never come from the candidate's side. */
export interface GradeSqlOptions {
  /**
   * Report hidden datasets like visible ones (messages, counts, diffs). For the pack checker,
   * whose user is the pack's author; the app never sets it. Default false.
   */
  revealHidden?: boolean;
}

type DatasetOutcome = { case: CaseResult } | { case: CaseResult; error: ErrorInfo };

function questionError(message: string): ClassifiedError {
  return new ClassifiedError({ kind: "QuestionError", message });
}

/** Errors about the engine itself pass through unchanged, whoever's SQL ran. */
function isEngineError(e: unknown): boolean {
  return e instanceof ClassifiedError && e.info.kind === "EngineReset";
}

function describe(e: unknown): string {
  return e instanceof ClassifiedError ? e.info.message : engineMessage(e);
}

/** Fresh database, run the script, then the check query (write questions) on the same db. */
function runAnswer(
  SQL: SqlJsStatic,
  req: SqlGradeRequest,
  ds: Dataset,
  sql: string,
  isReference: boolean,
): ResultSet {
  let s: Session | undefined;
  try {
    try {
      s = openSession(SQL, req.schema, ds.seed);
    } catch (e) {
      if (isEngineError(e)) throw e;
      throw questionError(
        `The question's schema or data for dataset "${ds.id}" failed to load: ${describe(e)}`,
      );
    }
    let result: ResultSet | null;
    try {
      result = runInSession(s, sql);
    } catch (e) {
      if (isReference && !isEngineError(e))
        throw questionError(`The reference solution failed on dataset "${ds.id}": ${describe(e)}`);
      throw e;
    }
    if (req.check !== undefined) {
      try {
        result = runInSession(s, req.check);
      } catch (e) {
        if (isEngineError(e)) throw e;
        if (isReference)
          throw questionError(`The check query failed after the reference solution: ${describe(e)}`);
        throw new ClassifiedError({
          kind: e instanceof ClassifiedError ? e.info.kind : "SQLiteError",
          message: describe(e),
          traceback: `The question's check query failed after your script ran:\n${req.check}`,
        });
      }
    }
    if (result === null) {
      if (isReference)
        throw questionError(`The reference solution returned no result set on dataset "${ds.id}".`);
      throw new ClassifiedError({
        kind: "NoResult",
        message: "Your SQL ran, but no statement returned a result set (end with a SELECT).",
      });
    }
    return result;
  } finally {
    closeSession(s);
  }
}

/**
 * Reference results by question + dataset. The reference answer never changes, so repeated Runs of
 * one question set up only the candidate's database. Bounded, and results are never mutated.
 */
const referenceCache = new Map<string, ResultSet>();
const REFERENCE_CACHE_SIZE = 64;

/** Forget cached reference results (benchmarks measure the cold path with it). */
export function clearReferenceCache(): void {
  referenceCache.clear();
}

function referenceResult(SQL: SqlJsStatic, req: SqlGradeRequest, ds: Dataset): ResultSet {
  const key = JSON.stringify([req.schema, ds.seed, req.reference, req.check ?? null]);
  const hit = referenceCache.get(key);
  if (hit) {
    referenceCache.delete(key);
    referenceCache.set(key, hit);
    return hit;
  }
  const result = runAnswer(SQL, req, ds, req.reference, true);
  referenceCache.set(key, result);
  if (referenceCache.size > REFERENCE_CACHE_SIZE) referenceCache.delete(referenceCache.keys().next().value!);
  return result;
}

function gradeDataset(SQL: SqlJsStatic, req: SqlGradeRequest, ds: Dataset, reveal: boolean): DatasetOutcome {
  const t0 = performance.now();
  const head = { id: ds.id, description: ds.description, hidden: ds.hidden };
  const hide = ds.hidden && !reveal;
  try {
    const expected = referenceResult(SQL, req, ds);
    const actual = runAnswer(SQL, req, ds, req.query, false);
    const diff = compareResultSets(expected, actual, req.compare);
    const status = diff.equal ? "pass" : "fail";
    if (hide) {
      const message = diff.equal ? HIDDEN_PASS : HIDDEN_FAIL;
      return {
        case: { ...head, status, message, durationMs: performance.now() - t0, details: HIDDEN_DETAILS },
      };
    }
    const details: SqlCaseDetails = {
      kind: "sql",
      diff: displayDiff(diff),
      actual: preview(actual),
      expected: preview(expected),
      redacted: false,
    };
    const c: CaseResult = {
      ...head,
      status,
      message: diffMessage(diff),
      durationMs: performance.now() - t0,
      details,
    };
    if (!ds.hidden) {
      c.expected = formatTable(expected.columns, expected.rows);
      c.actual = formatTable(actual.columns, actual.rows);
    }
    return { case: c };
  } catch (e) {
    const error = candidateError(e);
    const shown = hide ? hiddenError(error) : error;
    const message = hide && shown !== error ? hiddenCaseMessage(error) : error.message;
    return { case: { ...head, status: "error", message, durationMs: performance.now() - t0 }, error: shown };
  }
}

/**
 * Grade a candidate's SQL against the reference: one case per dataset ("default" = the visible
 * seed, then on submit each variant by its id, hidden unless `hidden: false`), each on fresh
 * databases. A candidate SQLite error stops grading with an `error` result (kind "SQLiteError",
 * message verbatim, capped); a failing schema/seed/reference/check-on-reference is kind
 * "QuestionError"; a statement that would outlive the run is "ForbiddenStatement"; an engine found
 * changed is "EngineReset" (the caller must replace it: `isSpoiled`). Cases graded before the error
 * are kept in `cases`, followed by the erroring case. A hidden dataset shows no rows, counts, diff
 * or error message unless `options.revealHidden`.
 */
export function gradeSql(SQL: SqlJsStatic, req: SqlGradeRequest, options: GradeSqlOptions = {}): GradeResult {
  const t0 = performance.now();
  const datasets: Dataset[] = [
    { id: "default", description: "The example data", seed: req.seed, hidden: false },
  ];
  if (req.mode === "submit") {
    for (const v of req.variants ?? []) {
      datasets.push({ id: v.id, description: v.description, seed: v.seed, hidden: v.hidden ?? true });
    }
  }
  try {
    beginRequest(SQL);
  } catch (e) {
    return errorResult(candidateError(e), performance.now() - t0);
  }
  const cases: CaseResult[] = [];
  for (const ds of datasets) {
    const outcome = gradeDataset(SQL, req, ds, options.revealHidden ?? false);
    cases.push(outcome.case);
    if ("error" in outcome) return errorResult(outcome.error, performance.now() - t0, { cases });
  }
  return summarise(cases, performance.now() - t0);
}

/** Rows returned by `explore` (the full count is in `rowCount`). */
export const EXPLORE_ROW_CAP = 200;

/**
 * Run a free query (schema browser / scratch pad) on a fresh database with `schema` + `seed`.
 * Same result rule as grading (last statement with columns); a script without one gives an
 * empty header. Errors come back as `{ error }`: "QuestionError" when the data fails to load,
 * "SQLiteError" (verbatim) for the query, "ForbiddenStatement" and "EngineReset" as in grading.
 */
export function exploreSql(SQL: SqlJsStatic, schema: string, seed: string, query: string): ExploreResult {
  let s: Session;
  try {
    beginRequest(SQL);
    s = openSession(SQL, schema, seed);
  } catch (e) {
    if (isEngineError(e)) return { error: candidateError(e) };
    return {
      error: {
        kind: "QuestionError",
        message: `The question's schema or data failed to load: ${describe(e)}`,
      },
    };
  }
  try {
    let result: ResultSet;
    try {
      result = runInSession(s, query) ?? { columns: [], rows: [] };
    } finally {
      closeSession(s);
    }
    return preview(result, EXPLORE_ROW_CAP);
  } catch (e) {
    return { error: candidateError(e) };
  }
}
