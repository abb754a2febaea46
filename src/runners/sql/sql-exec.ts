/**
 * Low-level execution helpers over an sql.js Database: open a fresh in-memory database with a
 * question's schema and data, and run a multi-statement script keeping the last result set.
 *
 * Result rule: statements run in order; the result is the LAST statement that returns columns
 * (a SELECT, a WITH … SELECT, a PRAGMA with output, an INSERT … RETURNING), even if it returns
 * zero rows; statements without columns (DDL, INSERT, UPDATE…) just run. Headers come from a
 * prepared statement's `getColumnNames()`, so they are known for zero-row results. Values:
 * INTEGER and REAL both arrive as JS numbers (REAL 1.0 is 1); integers beyond ±2^53 lose precision
 * (sql.js number mode, no BigInt), so they compare as the nearest double.
 */
import type { Database, SqlJsStatic } from "sql.js";
import type { ErrorInfo } from "../../domain/grading/result";
import type { ResultSet, SqlRow } from "./types";

/** Rows one statement may return before the run is stopped (protects worker memory). */
export const MAX_RESULT_ROWS = 200_000;

/** An error already classified for the result (kind + message), thrown inside the core only. */
export class ClassifiedError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
  }
}

/** Run every statement of `sql`; return the last result set with columns, or null if none. */
export function runScript(db: Database, sql: string): ResultSet | null {
  let last: ResultSet | null = null;
  for (const stmt of db.iterateStatements(sql)) {
    try {
      const columns = stmt.getColumnNames();
      const rows: SqlRow[] = [];
      while (stmt.step()) {
        if (rows.length >= MAX_RESULT_ROWS) {
          throw new ClassifiedError({
            kind: "ResultTooLarge",
            message: `A statement returned more than ${MAX_RESULT_ROWS} rows; the run was stopped.`,
          });
        }
        rows.push(stmt.get() as SqlRow);
      }
      if (columns.length > 0) last = { columns, rows };
    } finally {
      stmt.free();
    }
  }
  return last;
}

/** A new in-memory database with `schema` then `seed` applied. Throws the SQLite error. */
export function openDatabase(SQL: SqlJsStatic, schema: string, seed: string): Database {
  const db = new SQL.Database();
  try {
    db.exec(schema);
    db.exec(seed);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/** The engine is unusable after this error (wasm trap / abort, typically out of memory). */
export function isFatalEngineError(e: unknown): boolean {
  if (typeof WebAssembly !== "undefined" && e instanceof WebAssembly.RuntimeError) return true;
  return e instanceof Error && /^Aborted\(/.test(e.message);
}

/** The message SQLite gave, verbatim (sql.js throws plain Errors carrying it). */
export function engineMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Classify an error thrown while running user SQL: already-classified errors pass through, engine
 * traps become "WorkerCrashed" (the worker is then replaced), everything else is "SQLiteError".
 */
export function candidateError(e: unknown): ErrorInfo {
  if (e instanceof ClassifiedError) return e.info;
  if (isFatalEngineError(e))
    return { kind: "WorkerCrashed", message: `The SQL engine crashed: ${engineMessage(e)}` };
  return { kind: "SQLiteError", message: engineMessage(e) };
}

/** Close a database, ignoring errors (it may be in a failed state). */
export function closeQuietly(db: Database | undefined): void {
  try {
    db?.close();
  } catch {
    /* already unusable */
  }
}
