import { describe, expect, it } from "vitest";
import { pythonCall, pythonLiteral, visibleCaseCalls } from "../../src/domain/grading/python-literal";
import type { PythonQuestion, SqlQuestion } from "../../src/domain/packs";

describe("pythonLiteral", () => {
  it("writes JSON values as Python literals", () => {
    expect(pythonLiteral([null, true, false, 1.5, 'a"b', { k: [1] }])).toBe(
      '[None, True, False, 1.5, "a\\"b", {"k": [1]}]',
    );
  });
  it("writes a call with args and kwargs", () => {
    expect(pythonCall("f", [[1, 2]], { k: 3 })).toBe("f([1, 2], k=3)");
    expect(pythonCall("g", [])).toBe("g()");
  });
});

describe("visibleCaseCalls", () => {
  it("lists the visible cases of a Python question as calls, and nothing for SQL", () => {
    const py = {
      kind: "python",
      entry: "top_k",
      cases: [
        { id: "c1", args: [[3, 1], 1] },
        { id: "c2", args: [[]], kwargs: { k: 2 } },
        { id: "h1", args: [[9]], hidden: true },
      ],
    } as unknown as PythonQuestion;
    expect([...visibleCaseCalls(py)]).toEqual([
      ["c1", "top_k([3, 1], 1)"],
      ["c2", "top_k([], k=2)"],
    ]);
    expect(visibleCaseCalls({ kind: "sql" } as unknown as SqlQuestion).size).toBe(0);
  });
});
