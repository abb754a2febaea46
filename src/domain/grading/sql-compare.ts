/**
 * Pure comparison of SQL result sets (no sql.js, no DOM).
 *
 * A result set is a header plus rows of cells as sql.js returns them. Comparison rules: the column
 * count (and order) must match; column names are compared only when `columnNames` is set (then
 * case-insensitively, as SQLite identifiers are); rows are compared as a multiset (duplicates
 * count) unless `orderMatters`; numbers are equal within an absolute `tolerance` (default 1e-6),
 * so INTEGER 1 equals REAL 1.0, or a `relativeTolerance` of the expected value (|a - e| <=
 * max(tolerance, relativeTolerance * |e|)); NaN equals NaN and an infinity only itself; NULL equals
 * NULL; strings are compared exactly; blobs byte by byte. A number never equals a string ("1" vs 1
 * differ). Unordered rows are paired by a maximum matching (see sql-match.ts), so a pairing within
 * tolerance is found whenever one exists.
 */
import { exactKey, multisetDiff, numbersClose, type NumericTolerance } from "./sql-match";

/** One cell as sql.js returns it (INTEGER and REAL both arrive as JS numbers). */
export type SqlCell = number | string | Uint8Array | null;
export type SqlRow = SqlCell[];

/** A query result: column names (known even for zero rows) and all rows. */
export interface ResultSet {
  columns: string[];
  rows: SqlRow[];
}

/** How result sets are compared; a pack question may set any of these. */
export interface SqlCompareOptions {
  /** Rows must appear in the same order (for questions with ORDER BY). Default false. */
  orderMatters?: boolean;
  /** Column names must match (case-insensitively). Default false: only count/order matter. */
  columnNames?: boolean;
  /** Absolute tolerance for numbers. Default 1e-6, or 0 when only `relativeTolerance` is set. */
  tolerance?: number;
  /** Relative tolerance for numbers, as a fraction of the expected value (below 1). Default 0. */
  relativeTolerance?: number;
}

export const DEFAULT_TOLERANCE = 1e-6;
/** Rows kept in each displayed list (missing, extra, previews). Comparison always uses all rows. */
export const DIFF_DISPLAY_CAP = 50;

/** A distinct row with how many times it occurs in a diff list. */
export interface RowCount {
  row: SqlRow;
  count: number;
}

/** Structured difference between an expected and an actual result set. */
export interface SqlDiff {
  equal: boolean;
  expectedColumns: string[];
  actualColumns: string[];
  /** Set when the header does not match; rows are then not compared. */
  columnMismatch?: string;
  expectedRowCount: number;
  actualRowCount: number;
  /** Rows of the actual result that matched an expected row (as a multiset). */
  correctCount: number;
  /** Expected rows not produced, with multiplicity; first DIFF_DISPLAY_CAP distinct rows. */
  missing: RowCount[];
  /** Total number of missing rows (sum of multiplicities, uncapped). */
  missingCount: number;
  /** Produced rows that were not expected, with multiplicity; capped like `missing`. */
  extra: RowCount[];
  extraCount: number;
  /** True when `missing` or `extra` was cut for display. */
  truncated: boolean;
  /** With orderMatters: the first 0-based row position where expected and actual differ. */
  firstOrderDifference?: { index: number; expected?: SqlRow; actual?: SqlRow };
}

/** Whether an actual cell equals the expected one under the comparison rules above. */
export function cellsEqual(
  expected: SqlCell,
  actual: SqlCell,
  tolerance = DEFAULT_TOLERANCE,
  relativeTolerance = 0,
): boolean {
  const a = expected;
  const b = actual;
  if (a === null || b === null) return a === b;
  if (typeof a === "number" && typeof b === "number") {
    return numbersClose(a, b, { abs: tolerance, rel: relativeTolerance });
  }
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return false;
}

function rowsEqual(expected: SqlRow, actual: SqlRow, tol: NumericTolerance): boolean {
  return (
    expected.length === actual.length &&
    expected.every((cell, i) => cellsEqual(cell, actual[i] ?? null, tol.abs, tol.rel))
  );
}

/** The numeric tolerance options give: a relative tolerance alone makes the absolute one 0. */
export function toleranceOf(options: SqlCompareOptions): NumericTolerance {
  const rel = options.relativeTolerance ?? 0;
  return { abs: options.tolerance ?? (rel > 0 ? 0 : DEFAULT_TOLERANCE), rel };
}

/** Group identical rows, keeping first-seen order, and cap for display. */
function countRows(rows: SqlRow[]): { list: RowCount[]; truncated: boolean } {
  const byKey = new Map<string, RowCount>();
  for (const row of rows) {
    const k = exactKey(row);
    const hit = byKey.get(k);
    if (hit) hit.count++;
    else byKey.set(k, { row, count: 1 });
  }
  const list = [...byKey.values()];
  return { list: list.slice(0, DIFF_DISPLAY_CAP), truncated: list.length > DIFF_DISPLAY_CAP };
}

function describeColumns(cols: string[]): string {
  return `${cols.length} column${cols.length === 1 ? "" : "s"} (${cols.join(", ")})`;
}

function headerMismatch(expected: string[], actual: string[], names: boolean): string | undefined {
  if (expected.length !== actual.length) {
    return `expected ${describeColumns(expected)}, got ${actual.length} (${actual.join(", ")})`;
  }
  if (names) {
    const i = expected.findIndex((c, j) => c.toLowerCase() !== (actual[j] ?? "").toLowerCase());
    if (i >= 0) {
      return `column ${i + 1} should be named "${expected[i]}", got "${actual[i]}" (expected columns: ${expected.join(", ")})`;
    }
  }
  return undefined;
}

/**
 * Compare the reference result (`expected`) with the candidate's (`actual`) and return a
 * structured diff. Uses every row; only the lists kept for display are capped at
 * DIFF_DISPLAY_CAP distinct rows. `diffMessage` turns the diff into a sentence.
 */
export function compareResultSets(
  expected: ResultSet,
  actual: ResultSet,
  options: SqlCompareOptions = {},
): SqlDiff {
  const tol = toleranceOf(options);
  const base = {
    expectedColumns: expected.columns,
    actualColumns: actual.columns,
    expectedRowCount: expected.rows.length,
    actualRowCount: actual.rows.length,
  };
  const mismatch = headerMismatch(expected.columns, actual.columns, options.columnNames ?? false);
  if (mismatch) {
    return {
      ...base,
      equal: false,
      columnMismatch: mismatch,
      correctCount: 0,
      missing: [],
      missingCount: 0,
      extra: [],
      extraCount: 0,
      truncated: false,
    };
  }
  const { missing, extra } = multisetDiff(expected.rows, actual.rows, tol);
  const m = countRows(missing);
  const x = countRows(extra);
  const diff: SqlDiff = {
    ...base,
    equal: missing.length === 0 && extra.length === 0,
    correctCount: actual.rows.length - extra.length,
    missing: m.list,
    missingCount: missing.length,
    extra: x.list,
    extraCount: extra.length,
    truncated: m.truncated || x.truncated,
  };
  if (options.orderMatters) {
    const n = Math.max(expected.rows.length, actual.rows.length);
    for (let i = 0; i < n; i++) {
      const e = expected.rows[i];
      const a = actual.rows[i];
      if (!e || !a || !rowsEqual(e, a, tol)) {
        diff.firstOrderDifference = { index: i, expected: e, actual: a };
        diff.equal = false;
        break;
      }
    }
  }
  return diff;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** A one-line human message for a diff, e.g. "3 rows missing, 1 extra row". */
export function diffMessage(diff: SqlDiff): string {
  if (diff.columnMismatch) return diff.columnMismatch;
  if (diff.equal) return `${plural(diff.actualRowCount, "row")} match`;
  const parts: string[] = [];
  if (diff.missingCount > 0) parts.push(`${plural(diff.missingCount, "row")} missing`);
  if (diff.extraCount > 0) parts.push(`${diff.extraCount} extra row${diff.extraCount === 1 ? "" : "s"}`);
  const d = diff.firstOrderDifference;
  if (d) {
    if (parts.length === 0) {
      parts.push(`right rows in the wrong order: first difference at row ${d.index + 1}`);
    } else {
      parts.push(`first difference at row ${d.index + 1}`);
    }
  }
  if (diff.missingCount > 0 || diff.extraCount > 0) {
    parts.push(`expected ${plural(diff.expectedRowCount, "row")}, got ${diff.actualRowCount}`);
  }
  return parts.join(", ");
}
