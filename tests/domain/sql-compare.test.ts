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

describe("tolerant row matching finds a pairing whenever one exists", () => {
  it("pairs rows across exact matches when an exact pair would block a tolerant pairing (one number)", () => {
    // 1.1~1.0 and 1.0~0.9 within 0.15; pairing the two 1.0s first leaves 1.1 vs 0.9 (0.2 apart).
    const d = compareResultSets(rs(["v"], [[1.0], [1.1]]), rs(["v"], [[1.0], [0.9]]), { tolerance: 0.15 });
    expect(d.equal).toBe(true);
    expect(d.correctCount).toBe(2);
    expect(
      compareResultSets(rs(["v"], [[1.0], [1.1]]), rs(["v"], [[1.0], [0.8]]), { tolerance: 0.15 }).equal,
    ).toBe(false);
  });

  it("pairs rows with several numbers where first-come matching fails", () => {
    // (0.05, 0.05) is close to both expected rows; (-0.05, -0.05) only to the first.
    const expected = rs(
      ["k", "x", "y"],
      [
        ["a", 0, 0],
        ["a", 0.1, 0.1],
      ],
    );
    const actual = rs(
      ["k", "x", "y"],
      [
        ["a", 0.05, 0.05],
        ["a", -0.05, -0.05],
      ],
    );
    const d = compareResultSets(expected, actual, { tolerance: 0.06 });
    expect(d.equal).toBe(true);
    expect(d.missing).toEqual([]);
    expect(d.extra).toEqual([]);
  });

  it("still reports the rows no pairing can cover, with a maximum number of pairs", () => {
    const expected = rs(["v"], [[0], [0.1], [5]]);
    const actual = rs(["v"], [[0.05], [-0.05], [7]]);
    const d = compareResultSets(expected, actual, { tolerance: 0.06 });
    expect(d.equal).toBe(false);
    expect(d.correctCount).toBe(2);
    expect(d.missing).toEqual([{ row: [5], count: 1 }]);
    expect(d.extra).toEqual([{ row: [7], count: 1 }]);
  });

  it("keeps non-numeric cells exact while pairing numbers (groups never mix)", () => {
    const expected = rs(
      ["k", "v"],
      [
        ["a", 1],
        ["b", 1.1],
      ],
    );
    const actual = rs(
      ["k", "v"],
      [
        ["b", 1],
        ["a", 1.1],
      ],
    );
    expect(compareResultSets(expected, actual, { tolerance: 0.15 }).equal).toBe(true);
    expect(compareResultSets(expected, actual, { tolerance: 0.05 }).equal).toBe(false);
    expect(
      compareResultSets(rs(["k", "v"], [["a", 1]]), rs(["k", "v"], [["A", 1]]), { tolerance: 1 }).equal,
    ).toBe(false);
  });

  it("matches NaN and infinities only exactly", () => {
    const e = rs(["v"], [[NaN], [Infinity], [-Infinity], [1]]);
    expect(compareResultSets(e, rs(["v"], [[1], [-Infinity], [NaN], [Infinity]])).equal).toBe(true);
    expect(compareResultSets(rs(["v"], [[Infinity]]), rs(["v"], [[1e308]]), { tolerance: 1e300 }).equal).toBe(
      false,
    );
  });

  it("pairs large noisy results quickly (one number per row, and three)", () => {
    const n = 20_000;
    const one = Array.from({ length: n }, (_, i): SqlRow => [i * 0.001]);
    // Each value shifted by most of the tolerance: neighbours overlap, so first-come pairing fails.
    const shifted = one.map(([v]): SqlRow => [(v as number) + 0.0009]).reverse();
    let t = performance.now();
    expect(compareResultSets(rs(["v"], one), rs(["v"], shifted), { tolerance: 0.00095 }).equal).toBe(true);
    expect(performance.now() - t).toBeLessThan(10_000);
    const three = Array.from({ length: 5_000 }, (_, i): SqlRow => ["g", i * 0.01, i % 7, -i * 0.5]);
    const noisy = three.map((r): SqlRow => [
      r[0]!,
      (r[1] as number) + 0.004,
      r[2]!,
      (r[3] as number) - 0.004,
    ]);
    t = performance.now();
    expect(
      compareResultSets(rs(["g", "a", "b", "c"], three), rs(["g", "a", "b", "c"], noisy), {
        tolerance: 0.005,
      }).equal,
    ).toBe(true);
    expect(performance.now() - t).toBeLessThan(10_000);
  });

  it("keeps the exact path fast: 200 000 identical rows in another order", () => {
    const rows = Array.from({ length: 200_000 }, (_, i): SqlRow => [i, `name ${i}`, i / 3]);
    const t = performance.now();
    const d = compareResultSets(rs(["a", "b", "c"], rows), rs(["a", "b", "c"], [...rows].reverse()));
    expect(d.equal).toBe(true);
    expect(performance.now() - t).toBeLessThan(10_000);
  });
});

describe("relative tolerance", () => {
  it("compares tiny values relatively instead of calling them all equal", () => {
    const e = rs(["p"], [[1e-9]]);
    // The default absolute tolerance (1e-6) makes 1e-9 and 2e-9 equal.
    expect(compareResultSets(e, rs(["p"], [[2e-9]])).equal).toBe(true);
    // A relative tolerance alone compares purely relatively (the absolute default becomes 0).
    expect(compareResultSets(e, rs(["p"], [[2e-9]]), { relativeTolerance: 1e-6 }).equal).toBe(false);
    expect(compareResultSets(e, rs(["p"], [[1.0000001e-9]]), { relativeTolerance: 1e-6 }).equal).toBe(true);
  });

  it("accepts large values within the relative bound, and combines with an absolute one", () => {
    const e = rs(["p"], [[1e9], [0]]);
    const a = rs(["p"], [[1e9 + 1], [0]]);
    expect(compareResultSets(e, a).equal).toBe(false);
    expect(compareResultSets(e, a, { relativeTolerance: 1e-6 }).equal).toBe(true);
    // Near zero only the absolute part can help.
    const z = rs(["p"], [[1e9], [1e-7]]);
    expect(compareResultSets(e, z, { relativeTolerance: 1e-6 }).equal).toBe(false);
    expect(compareResultSets(e, z, { relativeTolerance: 1e-6, tolerance: 1e-6 }).equal).toBe(true);
  });

  it("is relative to the expected value, in ordered comparison too", () => {
    expect(cellsEqual(100, 101, 0, 0.01)).toBe(true);
    expect(cellsEqual(100, 98.9, 0, 0.01)).toBe(false);
    const d = compareResultSets(rs(["p"], [[100], [200]]), rs(["p"], [[100.5], [201]]), {
      orderMatters: true,
      relativeTolerance: 0.01,
    });
    expect(d.equal).toBe(true);
  });

  it("pairs rows within a relative tolerance whenever a pairing exists", () => {
    // 100 accepts [99, 101], 102 accepts [100.98, 103.02]: 101 must go to 102, 99.5 to 100.
    const d = compareResultSets(rs(["v"], [[100], [102]]), rs(["v"], [[101], [99.5]]), {
      relativeTolerance: 0.01,
    });
    expect(d.equal).toBe(true);
  });
});

describe("tolerant matching against brute force", () => {
  /** Largest number of disjoint pairs (expected i, actual j) with close(i, j), by bitmask search. */
  function bruteForce(n: number, m: number, close: (i: number, j: number) => boolean): number {
    const memo = new Map<string, number>();
    const go = (i: number, used: number): number => {
      if (i === n) return 0;
      const key = `${i}:${used}`;
      const hit = memo.get(key);
      if (hit !== undefined) return hit;
      let best = go(i + 1, used);
      for (let j = 0; j < m; j++) {
        if (!(used & (1 << j)) && close(i, j)) best = Math.max(best, 1 + go(i + 1, used | (1 << j)));
      }
      memo.set(key, best);
      return best;
    };
    return go(0, 0);
  }

  it("pairs as many rows as the best possible pairing (random small results)", () => {
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 400; trial++) {
      const width = 1 + (trial % 3);
      const tol = trial % 2 ? { tolerance: 0.3 } : { relativeTolerance: 0.2 };
      const row = (): SqlRow => [
        rand() < 0.2 ? "x" : "y",
        ...Array.from({ length: width }, () => Math.round(rand() * 20) / 10),
      ];
      const e = Array.from({ length: 1 + Math.floor(rand() * 6) }, row);
      const a = Array.from({ length: 1 + Math.floor(rand() * 6) }, row);
      const d = compareResultSets(
        rs(["k", ...e[0]!.slice(1).map((_, i) => `v${i}`)], e),
        rs(["k", ...a[0]!.slice(1).map((_, i) => `v${i}`)], a),
        tol,
      );
      const close = (i: number, j: number) =>
        e[i]!.every((c, k) => cellsEqual(c, a[j]![k]!, tol.tolerance ?? 0, tol.relativeTolerance ?? 0));
      expect(d.correctCount, JSON.stringify({ e, a, tol })).toBe(bruteForce(e.length, a.length, close));
      expect(d.missingCount).toBe(e.length - d.correctCount);
    }
  });
});
