/**
 * Describe a question's database for the schema browser: every table and view (in creation
 * order) with its columns (name, declared type), row count and up to 5 sample rows.
 */
import type { Database, SqlJsStatic } from "sql.js";
import {
  ClassifiedError,
  closeSession,
  engineMessage,
  openSession,
  runScript,
  type Session,
} from "./sql-exec";
import { beginRequest } from "./sql-guard";
import type { SchemaInfoResult, SqlRow, TableInfo } from "./types";

/** Sample rows kept per table. */
export const SAMPLE_ROWS = 5;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function describeTable(db: Database, name: string, kind: "table" | "view"): TableInfo {
  const info = runScript(db, `PRAGMA table_info(${quoteLiteral(name)})`);
  const columns = (info?.rows ?? []).map((r: SqlRow) => ({ name: String(r[1]), type: String(r[2] ?? "") }));
  const count = runScript(db, `SELECT count(*) FROM ${quoteIdent(name)}`);
  const sample = runScript(db, `SELECT * FROM ${quoteIdent(name)} LIMIT ${SAMPLE_ROWS}`);
  return { name, kind, columns, rowCount: Number(count?.rows[0]?.[0] ?? 0), sample: sample?.rows ?? [] };
}

/**
 * Tables/views of a fresh database built from `schema` + `seed`. Errors (the question's DDL or
 * data failing, or refused: see sql-guard.ts) come back as `{ error }` with kind "QuestionError"
 * and the message; an engine found changed gives "EngineReset".
 */
export function schemaInfo(SQL: SqlJsStatic, schema: string, seed: string): SchemaInfoResult {
  let s: Session | undefined;
  try {
    try {
      beginRequest(SQL);
      s = openSession(SQL, schema, seed);
      const db = s.db;
      const objects = runScript(
        db,
        "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY rowid",
      );
      const tables = (objects?.rows ?? []).map((r) =>
        describeTable(db, String(r[0]), r[1] === "view" ? "view" : "table"),
      );
      return { tables };
    } finally {
      closeSession(s);
    }
  } catch (e) {
    if (e instanceof ClassifiedError && e.info.kind === "EngineReset") return { error: e.info };
    const message = e instanceof ClassifiedError ? e.info.message : engineMessage(e);
    return { error: { kind: "QuestionError", message } };
  }
}
