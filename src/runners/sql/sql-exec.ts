/**
 * Low-level execution helpers over an sql.js Database: open a fresh in-memory database with a
 * question's schema and data (a `Session`), run multi-statement scripts in it keeping the last
 * result set, and close it without leaving anything behind (see sql-guard.ts).
 *
 * Result rule: statements run in order; the result is the LAST statement that returns columns
 * (a SELECT, a WITH … SELECT, a PRAGMA with output, an INSERT … RETURNING), even if it returns
 * zero rows; statements without columns (DDL, INSERT, UPDATE…) just run. Headers come from a
 * prepared statement's `getColumnNames()`, so they are known for zero-row results. Values:
 * INTEGER and REAL both arrive as JS numbers (REAL 1.0 is 1); integers beyond ±2^53 lose precision
 * (sql.js number mode, no BigInt), so they compare as the nearest double.
 */
import type { Database, SqlJsStatic } from "sql.js";
import { REPR_CAP, capText, type ErrorInfo } from "../../domain/grading/result";
import { ClassifiedError, checkEngine, checkStatement, sealDatabase, screenSql } from "./sql-guard";
import type { ResultSet, SqlRow } from "./types";

export { ClassifiedError };

/** Rows one statement may return before the run is stopped (protects worker memory). */
export const MAX_RESULT_ROWS = 200_000;

/**
 * Run every statement of `sql`; return the last result set with columns, or null if none. With
 * `guarded`, each statement is checked (`checkStatement`) before it runs. Trusted SQL only
 * (the runner's own queries); untrusted SQL goes through `runInSession`.
 */
export function runScript(db: Database, sql: string, guarded = false): ResultSet | null {
  let last: ResultSet | null = null;
  for (const stmt of db.iterateStatements(sql)) {
    try {
      if (guarded) checkStatement(stmt.getSQL());
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

/** A fresh database running untrusted SQL; `suspect` once any of its scripts was (`screenSql`). */
export interface Session {
  SQL: SqlJsStatic;
  db: Database;
  suspect: boolean;
}

/** Run an untrusted script in a session (screened, then checked statement by statement if suspect). */
export function runInSession(s: Session, sql: string): ResultSet | null {
  if (screenSql(sql)) {
    s.suspect = true;
    return runScript(s.db, sql, true);
  }
  return runScript(s.db, sql);
}

/** Run a script whose result is not needed (schema, data): in C, unless it is suspect. */
function execInSession(s: Session, sql: string): void {
  if (screenSql(sql)) {
    s.suspect = true;
    runScript(s.db, sql, true);
  } else s.db.exec(sql);
}

/**
 * A new in-memory database on a verified engine (`checkEngine`), with `schema` then `seed`
 * applied. Throws the SQLite or classified error (the database is then closed).
 */
export function openSession(SQL: SqlJsStatic, schema: string, seed: string): Session {
  const s: Session = { SQL, db: new SQL.Database(), suspect: false };
  try {
    checkEngine(SQL, s.db);
    execInSession(s, schema);
    execInSession(s, seed);
    return s;
  } catch (e) {
    closeQuietly(s.db);
    throw e;
  }
}

/**
 * Close a session. A suspect one is sealed first; if sealing finds something that would outlive
 * the run, the database is still closed and the "EngineReset" error is thrown.
 */
export function closeSession(s: Session | undefined): void {
  if (!s) return;
  try {
    if (s.suspect) sealDatabase(s.SQL, s.db);
  } finally {
    closeQuietly(s.db);
  }
}

/** The engine is unusable after this error (wasm trap / abort, typically out of memory). */
export function isFatalEngineError(e: unknown): boolean {
  if (typeof WebAssembly !== "undefined" && e instanceof WebAssembly.RuntimeError) return true;
  return e instanceof Error && /^Aborted\(/.test(e.message);
}

/** The message SQLite gave, verbatim (sql.js throws plain Errors carrying it), capped for display. */
export function engineMessage(e: unknown): string {
  return capText(e instanceof Error ? e.message : String(e), REPR_CAP).text;
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
