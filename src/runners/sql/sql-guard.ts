/**
 * What keeps one SQL execution from affecting the next on the same sql.js engine. Every database
 * is fresh, so only two things outlive a connection: files in sql.js's (unexported) Emscripten file
 * system, and SQLite's process-wide settings. Both are closed here, in three layers:
 *
 * 1. `screenSql` (before a script is prepared): PRAGMAs that change process-wide settings are
 *    refused by name, wherever the name appears in the text (some take effect while a statement is
 *    prepared, and `hard_heap_limit` can never be raised again from SQL). SQLite has no escapes in
 *    names or strings, so a statement naming the setting must contain it literally.
 * 2. `checkStatement` (each prepared statement, before it runs): ATTACH and VACUUM INTO, the only
 *    statements that create files of their own choosing, are refused.
 * 3. `sealDatabase` (after a suspect script, before closing) puts the journal mode back to DELETE
 *    so no journal file is left behind and verifies the process-wide settings; `checkEngine`
 *    verifies them again at the start of every request. A deviation that gets past 1 and 2 marks
 *    the engine spoiled: it then refuses all work and the worker is replaced (`isSpoiled`).
 *
 * Scripts whose text mentions none of the words involved skip the per-statement and sealing work.
 */
import type { Database, SqlJsStatic } from "sql.js";
import type { ErrorInfo } from "../../domain/grading/result";

/** An error already classified for the result (kind + message), thrown inside the core only. */
export class ClassifiedError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
  }
}

const PROCESS_WIDE = ["hard_heap_limit", "soft_heap_limit", "temp_store_directory", "data_store_directory"];
const PROCESS_WIDE_RE = new RegExp(PROCESS_WIDE.join("|"), "i");
/** Words without which a script can neither write a file nor change a process-wide setting. */
const SUSPECT_RE = /attach|vacuum|journal_mode|locking_mode|heap_limit|store_directory/i;

function forbidden(message: string): ClassifiedError {
  return new ClassifiedError({ kind: "ForbiddenStatement", message });
}

const screened = new Map<string, boolean>();
const SCREEN_CACHE_SIZE = 256;

/**
 * Refuse a script that names a process-wide setting (throws "ForbiddenStatement"). Returns
 * whether the script is suspect: it must then run statement by statement through
 * `checkStatement` and its database be sealed. Results are cached (packs repeat their texts).
 */
export function screenSql(sql: string): boolean {
  const hit = screened.get(sql);
  if (hit !== undefined) return hit;
  const name = PROCESS_WIDE_RE.exec(sql)?.[0];
  if (name) {
    throw forbidden(
      `PRAGMA ${name.toLowerCase()} is not available here: it changes a setting of the whole SQL engine, which would outlive this run.`,
    );
  }
  const suspect = SUSPECT_RE.test(sql);
  screened.set(sql, suspect);
  if (screened.size > SCREEN_CACHE_SIZE) screened.delete(screened.keys().next().value!);
  return suspect;
}

/** The statement's first keywords, upper-case, skipping whitespace and comments. */
function leadingWords(sql: string, count: number): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < sql.length && words.length < count) {
    if (/\s/.test(sql[i]!)) i++;
    else if (sql.startsWith("--", i)) i = sql.includes("\n", i) ? sql.indexOf("\n", i) + 1 : sql.length;
    else if (sql.startsWith("/*", i))
      i = sql.includes("*/", i + 2) ? sql.indexOf("*/", i + 2) + 2 : sql.length;
    else {
      const word = /^[A-Za-z_]+/.exec(sql.slice(i, i + 32))?.[0];
      if (!word) break;
      words.push(word.toUpperCase());
      i += word.length;
    }
  }
  return words;
}

/** Refuse ATTACH and VACUUM INTO (also under EXPLAIN); `sql` is one statement's text. */
export function checkStatement(sql: string): void {
  const words = leadingWords(sql, 4);
  let k = 0;
  if (words[k] === "EXPLAIN") k++;
  if (words[k] === "QUERY" && words[k + 1] === "PLAN") k += 2;
  if (words[k] === "ATTACH") {
    throw forbidden(
      "ATTACH is not available here: every answer runs alone on one fresh in-memory database, and cannot open or create database files.",
    );
  }
  if (words[k] === "VACUUM" && /\binto\b/i.test(sql)) {
    throw forbidden("VACUUM INTO is not available here: answers cannot write database files.");
  }
}

const spoiled = new WeakSet<SqlJsStatic>();

/** Whether the engine's process-wide state was found changed: it must not be used again. */
export function isSpoiled(SQL: SqlJsStatic): boolean {
  return spoiled.has(SQL);
}

function spoil(SQL: SqlJsStatic, what: string): ClassifiedError {
  spoiled.add(SQL);
  return new ClassifiedError({
    kind: "EngineReset",
    message: `The SQL engine found ${what}; it is being replaced by a fresh one. Run again.`,
  });
}

const unverified = new WeakSet<SqlJsStatic>();

/**
 * Start a request (a grade, a free query, a schema description) on an engine: throws
 * "EngineReset" if the engine is spoiled, and has the request's first database verify the
 * process-wide settings (`checkEngine`).
 */
export function beginRequest(SQL: SqlJsStatic): void {
  if (spoiled.has(SQL)) throw spoil(SQL, "its state changed by an earlier run");
  unverified.add(SQL);
}

/**
 * On a new database: once per request, throws "EngineReset" (and spoils the engine) unless the
 * process-wide heap limits are at their defaults. PRAGMA statements read them when prepared, so
 * each check prepares them anew.
 */
export function checkEngine(SQL: SqlJsStatic, db: Database): void {
  if (spoiled.has(SQL)) throw spoil(SQL, "its state changed by an earlier run");
  if (!unverified.has(SQL)) return;
  if (value(db, "hard_heap_limit") !== 0 || value(db, "soft_heap_limit") !== 0) {
    throw spoil(SQL, "a process-wide heap limit set");
  }
  unverified.delete(SQL);
}

function value(db: Database, pragma: string): unknown {
  return db.exec(`PRAGMA ${pragma}`)[0]?.values[0]?.[0];
}

/**
 * After a suspect script: end any open transaction, put the journal back to DELETE (which removes
 * a persistent or truncated journal file) and verify that no database is attached and no
 * process-wide setting changed. Throws "EngineReset" (and spoils the engine) if anything is off.
 */
export function sealDatabase(SQL: SqlJsStatic, db: Database): void {
  try {
    // PRAGMA statements, not their table-valued forms, which a temp view of the same name could hide.
    const attached = db
      .exec("PRAGMA database_list")[0]
      ?.values.filter(([, name]) => name !== "main" && name !== "temp");
    if (attached?.length) throw spoil(SQL, "an attached database");
    try {
      db.exec("ROLLBACK");
    } catch {
      /* no transaction was open */
    }
    if (value(db, "main.journal_mode") !== "delete") db.exec("PRAGMA main.journal_mode = DELETE");
    if (value(db, "main.journal_mode") !== "delete") throw spoil(SQL, "a journal it could not remove");
    if (value(db, "temp_store_directory") !== undefined) throw spoil(SQL, "a temporary-file folder set");
    if (value(db, "hard_heap_limit") !== 0 || value(db, "soft_heap_limit") !== 0) {
      throw spoil(SQL, "a process-wide heap limit set");
    }
  } catch (e) {
    if (e instanceof ClassifiedError) throw e;
    throw spoil(SQL, `a database it could not clean up (${e instanceof Error ? e.message : String(e)})`);
  }
}
