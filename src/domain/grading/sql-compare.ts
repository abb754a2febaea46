/**
 * Pure comparison of SQL result sets (no sql.js, no DOM).
 *
 * A result set is a header plus rows of cells as sql.js returns them. Comparison rules: the column
 * count (and order) must match; column names are compared only when `columnNames` is set (then
 * case-insensitively, as SQLite identifiers are); rows are compared as a multiset (duplicates
 * count) unless `orderMatters`; numbers are equal within an absolute `tolerance` (default 1e-6),
 * so INTEGER 1 equals REAL 1.0; NULL equals NULL; strings are compared exactly; blobs byte by byte.
 * A number never equals a string ("1" vs 1 differ).
 */
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
  /** Absolute tolerance for numbers. Default 1e-6. */
  tolerance?: number;
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

/** Whether two cells are equal under the comparison rules above. */
export function cellsEqual(a: SqlCell, b: SqlCell, tolerance = DEFAULT_TOLERANCE): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    if (a === b) return true; // also equal infinities
    return Math.abs(a - b) <= tolerance;
  }
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return false;
}

/** Whether two rows are equal cell by cell. */
export function rowsEqual(a: SqlRow, b: SqlRow, tolerance = DEFAULT_TOLERANCE): boolean {
  return a.length === b.length && a.every((cell, i) => cellsEqual(cell, b[i] ?? null, tolerance));
}

/** Exact identity key of a row (numbers by value, so 1 and 1.0 share a key). */
function exactKey(row: SqlRow): string {
  return row.map(cellKey).join("\u0001");
}

/** Key over the non-numeric cells only: rows that may match within tolerance share it. */
function looseKey(row: SqlRow): string {
  return row.map((c) => (typeof c === "number" ? "#" : cellKey(c))).join("\u0001");
}

function cellKey(c: SqlCell): string {
  if (c === null) return "N";
  if (typeof c === "number") return `n${c}`;
  if (typeof c === "string") return `s${c}`;
  return `b${Array.from(c).join(",")}`;
}

/** Bound on pairwise tolerant comparisons, so a huge wrong answer cannot hang the grader. */
const TOLERANT_COMPARISON_BUDGET = 5_000_000;

/**
 * Multiset difference: exact matches first (hash), then tolerant greedy matching of what is left,
 * within groups sharing their non-numeric cells. Returns unmatched rows on both sides.
 */
function multisetDiff(expected: SqlRow[], actual: SqlRow[], tolerance: number) {
  const pool = new Map<string, SqlRow[]>();
  for (const row of actual) {
    const k = exactKey(row);
    const list = pool.get(k);
    if (list) list.push(row);
    else pool.set(k, [row]);
  }
  let leftExpected: SqlRow[] = [];
  for (const row of expected) {
    const list = pool.get(exactKey(row));
    if (list && list.length > 0) list.pop();
    else leftExpected.push(row);
  }
  let leftActual = [...pool.values()].flat();
  if (leftExpected.length > 0 && leftActual.length > 0 && tolerance > 0) {
    const groups = new Map<string, SqlRow[]>();
    for (const row of leftActual) {
      const k = looseKey(row);
      const list = groups.get(k);
      if (list) list.push(row);
      else groups.set(k, [row]);
    }
    let budget = TOLERANT_COMPARISON_BUDGET;
    const stillMissing: SqlRow[] = [];
    for (const row of leftExpected) {
      const candidates = groups.get(looseKey(row)) ?? [];
      let found = -1;
      for (let i = 0; i < candidates.length && budget > 0; i++, budget--) {
        if (rowsEqual(row, candidates[i]!, tolerance)) {
          found = i;
          break;
        }
      }
      if (found >= 0) candidates.splice(found, 1);
      else stillMissing.push(row);
    }
    leftExpected = stillMissing;
    leftActual = [...groups.values()].flat();
  }
  return { missing: leftExpected, extra: leftActual };
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
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
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
  const { missing, extra } = multisetDiff(expected.rows, actual.rows, tolerance);
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
      if (!e || !a || !rowsEqual(e, a, tolerance)) {
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
