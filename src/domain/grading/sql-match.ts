/**
 * Unordered matching of result rows (a multiset difference), exact where it can be and tolerant
 * where numbers need it. Rows are first paired by exact identity (a hash: the fast path every
 * right answer takes). When rows are left over and a numeric tolerance is set, the rows sharing
 * their non-numeric cells are paired again by a maximum matching, so a pairing within tolerance is
 * found whenever one exists: rows that differ in one number are matched by a sorted sweep, rows
 * that differ in several by Hopcroft–Karp on the pairs within tolerance.
 */
import { maximumMatching } from "./bipartite";
import type { SqlCell, SqlRow } from "./sql-compare";

/** Numbers e (expected) and a (actual) are equal when |a - e| <= max(abs, rel * |e|). */
export interface NumericTolerance {
  abs: number;
  rel: number;
}

/** Whether an actual number equals the expected one. NaN equals NaN; infinities only themselves. */
export function numbersClose(expected: number, actual: number, tol: NumericTolerance): boolean {
  if (expected === actual) return true;
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return false;
  return Math.abs(actual - expected) <= Math.max(tol.abs, tol.rel * Math.abs(expected));
}

function cellKey(c: SqlCell): string {
  if (c === null) return "N";
  if (typeof c === "number") return `n${c}`;
  if (typeof c === "string") return `s${c}`;
  return `b${Array.from(c).join(",")}`;
}

/** Exact identity key of a row (numbers by value, so 1 and 1.0 share a key). */
export function exactKey(row: SqlRow): string {
  return row.map(cellKey).join("\u0001");
}

const TOLERANT = "#";

/** Key over everything a tolerance cannot bridge: rows that may match share it. */
function looseKey(row: SqlRow): string {
  return row.map((c) => (typeof c === "number" && Number.isFinite(c) ? TOLERANT : cellKey(c))).join("\u0001");
}

/** Bound on tolerant pair checks, so a huge wrong answer cannot hang the grader. */
export const TOLERANT_COMPARISON_BUDGET = 5_000_000;

interface Budget {
  left: number;
}

function sortedBy(rows: SqlRow[], col: number): SqlRow[] {
  return [...rows].sort((x, y) => (x[col] as number) - (y[col] as number));
}

/**
 * One varying number: a sweep over both sides sorted by it. Each expected value accepts an
 * interval of actual values whose ends grow with it (for rel < 1), so taking the smallest
 * acceptable actual value for each expected one in order gives a maximum pairing.
 */
function sweep(expected: SqlRow[], actual: SqlRow[], col: number, tol: NumericTolerance) {
  const e = sortedBy(expected, col);
  const a = sortedBy(actual, col);
  const missing: SqlRow[] = [];
  const extra: SqlRow[] = [];
  let j = 0;
  for (const row of e) {
    const v = row[col] as number;
    while (j < a.length && (a[j]![col] as number) < v && !numbersClose(v, a[j]![col] as number, tol)) {
      extra.push(a[j++]!);
    }
    if (j < a.length && numbersClose(v, a[j]![col] as number, tol)) j++;
    else missing.push(row);
  }
  while (j < a.length) extra.push(a[j++]!);
  return { missing, extra };
}

function rowClose(e: SqlRow, a: SqlRow, cols: number[], tol: NumericTolerance): boolean {
  return cols.every((c) => numbersClose(e[c] as number, a[c] as number, tol));
}

/** Column (of `cols`) with the most distinct expected values: the best one to prune pairs by. */
function pruningColumn(expected: SqlRow[], cols: number[]): number {
  let best = cols[0]!;
  let bestCount = -1;
  for (const c of cols) {
    const n = new Set(expected.map((r) => r[c])).size;
    if (n > bestCount) [best, bestCount] = [c, n];
  }
  return best;
}

/** Several varying numbers: pairs within tolerance (pruned on one column), then a maximum matching. */
function matchGroup(
  expected: SqlRow[],
  actual: SqlRow[],
  cols: number[],
  tol: NumericTolerance,
  budget: Budget,
) {
  const col = pruningColumn(expected, cols);
  const order = actual
    .map((_, i) => i)
    .sort((x, y) => (actual[x]![col] as number) - (actual[y]![col] as number));
  const keys = order.map((i) => actual[i]![col] as number);
  const offsets = new Int32Array(expected.length + 1);
  const targets: number[] = [];
  for (const [u, row] of expected.entries()) {
    const v = row[col] as number;
    const w = Math.max(tol.abs, tol.rel * Math.abs(v));
    // First actual value >= v - w (binary search), then walk while within v + w.
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[mid]! < v - w) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < keys.length && keys[k]! <= v + w && budget.left > 0; k++, budget.left--) {
      if (rowClose(row, actual[order[k]!]!, cols, tol)) targets.push(order[k]!);
    }
    offsets[u + 1] = targets.length;
  }
  const matchLeft = maximumMatching(expected.length, actual.length, offsets, Int32Array.from(targets));
  const used = new Uint8Array(actual.length);
  const missing: SqlRow[] = [];
  for (const [u, row] of expected.entries()) {
    if (matchLeft[u]! >= 0) used[matchLeft[u]!] = 1;
    else missing.push(row);
  }
  return { missing, extra: actual.filter((_, i) => !used[i]) };
}

/** Rows of `expected` not paired with a row of `actual`, and rows of `actual` left over. */
export function multisetDiff(
  expected: SqlRow[],
  actual: SqlRow[],
  tol: NumericTolerance,
): { missing: SqlRow[]; extra: SqlRow[] } {
  const pool = new Map<string, SqlRow[]>();
  for (const row of actual) {
    const k = exactKey(row);
    const list = pool.get(k);
    if (list) list.push(row);
    else pool.set(k, [row]);
  }
  const leftExpected: SqlRow[] = [];
  for (const row of expected) {
    const list = pool.get(exactKey(row));
    if (list && list.length > 0) list.pop();
    else leftExpected.push(row);
  }
  const leftActual = [...pool.values()].flat();
  if (leftExpected.length === 0 && leftActual.length === 0) return { missing: [], extra: [] };
  if ((tol.abs === 0 && tol.rel === 0) || leftExpected.length === 0 || leftActual.length === 0) {
    return { missing: leftExpected, extra: leftActual };
  }
  // Groups with leftovers on both sides are matched again as a whole, exact pairs included:
  // keeping an exact pair can block a pairing within tolerance that covers more rows.
  const withExpected = new Set(leftExpected.map(looseKey).filter((k) => k.includes(TOLERANT)));
  const dirty = new Set(leftActual.map(looseKey).filter((k) => withExpected.has(k)));
  if (dirty.size === 0) return { missing: leftExpected, extra: leftActual };
  const groups = new Map<string, { e: SqlRow[]; a: SqlRow[] }>();
  const group = (k: string) => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { e: [], a: [] }));
    return g;
  };
  const missing: SqlRow[] = [];
  const extra: SqlRow[] = [];
  for (const row of expected) {
    const k = looseKey(row);
    if (dirty.has(k)) group(k).e.push(row);
  }
  for (const row of actual) {
    const k = looseKey(row);
    if (dirty.has(k)) group(k).a.push(row);
  }
  for (const row of leftExpected) if (!dirty.has(looseKey(row))) missing.push(row);
  for (const row of leftActual) if (!dirty.has(looseKey(row))) extra.push(row);
  const budget = { left: TOLERANT_COMPARISON_BUDGET };
  for (const { e, a } of groups.values()) {
    const cols = e[0]!.flatMap((c, i) => (typeof c === "number" && Number.isFinite(c) ? [i] : []));
    const r =
      cols.length === 1 && tol.rel < 1 ? sweep(e, a, cols[0]!, tol) : matchGroup(e, a, cols, tol, budget);
    missing.push(...r.missing);
    extra.push(...r.extra);
  }
  // Report in the results' own order, as the exact path does.
  const m = new Set(missing);
  const x = new Set(extra);
  return { missing: expected.filter((r) => m.has(r)), extra: actual.filter((r) => x.has(r)) };
}
