import { describe, expect, it } from "vitest";
import {
  DIFF_DISPLAY_CAP,
  cellsEqual,
  compareResultSets,
  diffMessage,
  type ResultSet,
  type SqlRow,
} from "../../src/domain/grading/sql-compare";

const rs = (columns: string[], rows: SqlRow[]): ResultSet => ({ columns, rows });

describe("cellsEqual", () => {
  it("treats integers and reals as numbers within tolerance", () => {
    expect(cellsEqual(1, 1.0)).toBe(true);
    expect(cellsEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(cellsEqual(1, 1.01)).toBe(false);
    expect(cellsEqual(1, 1.01, 0.1)).toBe(true);
  });
  it("NULL equals only NULL; strings are exact; numbers never equal strings", () => {
    expect(cellsEqual(null, null)).toBe(true);
    expect(cellsEqual(null, 0)).toBe(false);
    expect(cellsEqual(null, "")).toBe(false);
    expect(cellsEqual("a", "A")).toBe(false);
    expect(cellsEqual("1", 1)).toBe(false);
  });
  it("compares blobs byte by byte", () => {
    expect(cellsEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(cellsEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
  });
});

describe("compareResultSets", () => {
  it("passes identical sets in any order when order does not matter", () => {
    const d = compareResultSets(rs(["a"], [[1], [2], [3]]), rs(["a"], [[3], [1], [2]]));
    expect(d.equal).toBe(true);
    expect(d.correctCount).toBe(3);
    expect(diffMessage(d)).toBe("3 rows match");
  });

  it("reports missing and extra rows with multiplicity", () => {
    const expected = rs(
      ["id", "name"],
      [
        [1, "a"],
        [2, "b"],
        [2, "b"],
        [3, "c"],
      ],
    );
    const actual = rs(
      ["id", "name"],
      [
        [1, "a"],
        [2, "b"],
        [4, "d"],
      ],
    );
    const d = compareResultSets(expected, actual);
    expect(d.equal).toBe(false);
    expect(d.correctCount).toBe(2);
    expect(d.missingCount).toBe(2);
    expect(d.missing).toEqual([
      { row: [2, "b"], count: 1 },
      { row: [3, "c"], count: 1 },
    ]);
    expect(d.extra).toEqual([{ row: [4, "d"], count: 1 }]);
    expect(diffMessage(d)).toBe("2 rows missing, 1 extra row, expected 4 rows, got 3");
  });

  it("catches duplicates (a missing DISTINCT) through multiplicity", () => {
    const d = compareResultSets(rs(["x"], [["a"], ["b"]]), rs(["x"], [["a"], ["a"], ["b"]]));
    expect(d.equal).toBe(false);
    expect(d.extra).toEqual([{ row: ["a"], count: 1 }]);
    expect(d.missingCount).toBe(0);
  });

  it("reports a column-count mismatch with names", () => {
    const d = compareResultSets(rs(["a", "b", "c"], [[1, 2, 3]]), rs(["a", "b"], [[1, 2]]));
    expect(d.equal).toBe(false);
    expect(d.columnMismatch).toBe("expected 3 columns (a, b, c), got 2 (a, b)");
    expect(diffMessage(d)).toBe(d.columnMismatch);
  });

  it("ignores column names unless asked, then compares them case-insensitively", () => {
    const e = rs(["total"], [[5]]);
    expect(compareResultSets(e, rs(["sum(x)"], [[5]])).equal).toBe(true);
    const d = compareResultSets(e, rs(["sum(x)"], [[5]]), { columnNames: true });
    expect(d.equal).toBe(false);
    expect(d.columnMismatch).toContain('should be named "total"');
    expect(compareResultSets(e, rs(["TOTAL"], [[5]]), { columnNames: true }).equal).toBe(true);
  });

  it("with orderMatters reports the first differing position", () => {
    const e = rs(["a"], [[1], [2], [3]]);
    const d = compareResultSets(e, rs(["a"], [[1], [3], [2]]), { orderMatters: true });
    expect(d.equal).toBe(false);
    expect(d.missingCount).toBe(0);
    expect(d.firstOrderDifference).toEqual({ index: 1, expected: [2], actual: [3] });
    expect(diffMessage(d)).toBe("right rows in the wrong order: first difference at row 2");
    expect(compareResultSets(e, rs(["a"], [[1], [2], [3]]), { orderMatters: true }).equal).toBe(true);
  });

  it("with orderMatters and a shorter result reports the position past the end", () => {
    const d = compareResultSets(rs(["a"], [[1], [2]]), rs(["a"], [[1]]), { orderMatters: true });
    expect(d.firstOrderDifference).toEqual({ index: 1, expected: [2], actual: undefined });
    expect(diffMessage(d)).toBe("1 row missing, first difference at row 2, expected 2 rows, got 1");
  });

  it("matches rows within tolerance, including mixed exact and tolerant rows", () => {
    const e = rs(
      ["k", "v"],
      [
        ["a", 0.3],
        ["b", 1],
        ["b", 1],
      ],
    );
    const a = rs(
      ["k", "v"],
      [
        ["b", 1.0000001],
        ["a", 0.1 + 0.2],
        ["b", 1],
      ],
    );
    expect(compareResultSets(e, a).equal).toBe(true);
    expect(compareResultSets(e, a, { tolerance: 0 }).equal).toBe(false);
    const off = compareResultSets(
      e,
      rs(
        ["k", "v"],
        [
          ["b", 1.1],
          ["a", 0.3],
          ["b", 1],
        ],
      ),
    );
    expect(off.missing).toEqual([{ row: ["b", 1], count: 1 }]);
    expect(off.extra).toEqual([{ row: ["b", 1.1], count: 1 }]);
  });

  it("treats NULLs as equal to each other", () => {
    expect(compareResultSets(rs(["a", "b"], [[null, 1]]), rs(["a", "b"], [[null, 1]])).equal).toBe(true);
    expect(compareResultSets(rs(["a"], [[null]]), rs(["a"], [[0]])).equal).toBe(false);
  });

  it("caps the display lists but counts every row", () => {
    const many = Array.from({ length: 120 }, (_, i): SqlRow => [i]);
    const d = compareResultSets(rs(["a"], many), rs(["a"], []));
    expect(d.missingCount).toBe(120);
    expect(d.missing).toHaveLength(DIFF_DISPLAY_CAP);
    expect(d.truncated).toBe(true);
    expect(diffMessage(d)).toBe("120 rows missing, expected 120 rows, got 0");
  });

  it("handles empty results on both sides", () => {
    const d = compareResultSets(rs(["a"], []), rs(["a"], []));
    expect(d.equal).toBe(true);
    expect(diffMessage(d)).toBe("0 rows match");
  });
});
