/**
 * Types of the SQL runner: the grade request a pack question produces, the per-case details the
 * UI renders, the schema-browser shapes, and the typed message protocol between the facade
 * (`sql-runner.ts`) and the worker (`sql.worker.ts`).
 */
import type { ErrorInfo, GradeResult } from "../../domain/grading/result";
import type { ResultSet, SqlCompareOptions, SqlDiff, SqlRow } from "../../domain/grading/sql-compare";

export type { SqlCompareOptions, ResultSet, SqlDiff, SqlRow };
export type { SqlCell, RowCount } from "../../domain/grading/sql-compare";

/** An extra dataset a question's answer must also be right on (run on Submit only). */
export interface SqlVariant {
  id: string;
  description?: string;
  /** Data SQL replacing the question's default seed. */
  seed: string;
  /** Default true: hidden variants never reveal their rows to the candidate. */
  hidden?: boolean;
}

/** Everything needed to grade one SQL answer. */
export interface SqlGradeRequest {
  /** The candidate's SQL (a SELECT, or for write questions a script). */
  query: string;
  /** DDL. */
  schema: string;
  /** Default data (INSERTs); this dataset is visible. */
  seed: string;
  /** Reference query/script. */
  reference: string;
  /** For write questions: after running the script, this query's result is compared. */
  check?: string;
  /** Extra datasets; run only when mode is "submit". */
  variants?: SqlVariant[];
  compare?: SqlCompareOptions;
  mode: "run" | "submit";
  /** Default 5000. Enforced by the facade (terminates the worker). */
  timeLimitMs?: number;
}

/** The first rows of a result, for display. `rowCount` is the full count. */
export interface ResultPreview {
  columns: string[];
  rows: SqlRow[];
  rowCount: number;
  truncated: boolean;
}

/**
 * `CaseResult.details` of an SQL case. A visible dataset carries the diff and the first rows of
 * both results; a hidden one only says it is hidden (`redacted`): no rows, counts or diff.
 */
export type SqlCaseDetails =
  | {
      kind: "sql";
      redacted: false;
      diff: SqlDiff;
      /** The candidate's result (first rows). */
      actual?: ResultPreview;
      /** The reference result (first rows). */
      expected?: ResultPreview;
    }
  | { kind: "sql"; redacted: true };

/** Result of a free query in the schema browser. */
export type ExploreResult = ResultPreview | { error: ErrorInfo };

export interface ColumnInfo {
  name: string;
  /** Declared type as written in the DDL ("" when none). */
  type: string;
}

export interface TableInfo {
  name: string;
  kind: "table" | "view";
  columns: ColumnInfo[];
  rowCount: number;
  /** Up to 5 rows. */
  sample: SqlRow[];
}

/** Tables of a question's database after schema + seed, for the schema browser. */
export type SchemaInfoResult = { tables: TableInfo[] } | { error: ErrorInfo };

/** Messages from the facade to the worker. Every request carries an id echoed in the reply. */
export type SqlWorkerRequest =
  | { id: number; type: "init"; wasmUrl: string }
  | { id: number; type: "grade"; request: SqlGradeRequest }
  | { id: number; type: "explore"; schema: string; seed: string; query: string }
  | { id: number; type: "schemaInfo"; schema: string; seed: string };

/**
 * Replies from the worker. `fatal` means the engine is unusable (e.g. wasm aborted on out of
 * memory): the facade answers the request and then replaces the worker.
 */
export type SqlWorkerResponse =
  | { id: number; type: "init"; ok: true }
  | { id: number; type: "init"; ok: false; message: string }
  | { id: number; type: "grade"; result: GradeResult; fatal?: boolean }
  | { id: number; type: "explore"; result: ExploreResult; fatal?: boolean }
  | { id: number; type: "schemaInfo"; result: SchemaInfoResult; fatal?: boolean };
