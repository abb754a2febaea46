import { describe, expect, it } from "vitest";
import { parseCallArgs } from "../../src/domain/grading/python-args";
import { pythonCall } from "../../src/domain/grading/python-literal";

const ok = (text: string) => {
  const r = parseCallArgs(text);
  if (!r.ok) throw new Error(r.message);
  return { args: r.args, kwargs: r.kwargs };
};

describe("parseCallArgs", () => {
  it("reads positional and keyword arguments as Python writes them", () => {
    expect(ok("[1, 2, 3], k=2")).toEqual({ args: [[1, 2, 3]], kwargs: { k: 2 } });
    expect(ok(`"abc", 'it\\'s', None, True, False`)).toEqual({
      args: ["abc", "it's", null, true, false],
      kwargs: {},
    });
    expect(ok("(1, -2.5e3), {'a': [1, (2,)], \"b\": {}}")).toEqual({
      args: [[1, -2500], { a: [1, [2]], b: {} }],
      kwargs: {},
    });
    expect(ok("")).toEqual({ args: [], kwargs: {} });
    expect(ok("  [ ] ,  ")).toEqual({ args: [[]], kwargs: {} });
    expect(ok("1_000, .5, float('inf')")).toEqual({ args: [1000, 0.5, Infinity], kwargs: {} });
    expect(ok('"a\\nb\\u00e9"')).toEqual({ args: ["a\nbé"], kwargs: {} });
  });

  it("reads back what pythonCall writes for a case", () => {
    const args = [[["a", 1, { x: null }]], "s"];
    const kwargs = { window: 3, strict: true };
    const call = pythonCall("f", args, kwargs);
    expect(ok(call.slice(2, -1))).toEqual({ args, kwargs });
  });

  it("refuses what it cannot pass, saying where and why", () => {
    const bad = (text: string) => {
      const r = parseCallArgs(text);
      return r.ok ? "parsed" : r.message;
    };
    expect(bad("k=1, 2")).toBe("At character 6: a positional argument cannot follow a keyword argument.");
    expect(bad("[1, 2")).toBe("At character 6: “[” is not closed.");
    expect(bad("[1,")).toBe("At character 4: “[” is not closed.");
    expect(bad("")).toBe("parsed");
    expect(bad("{1: 2}")).toMatch(/dict keys must be strings/);
    expect(bad("foo")).toMatch(/foo is not a value/);
    expect(bad("'abc")).toMatch(/not closed/);
    expect(bad("1 2")).toMatch(/expected “,”/);
    expect(bad("a=1, a=2")).toMatch(/given twice/);
    expect(bad("x == 1")).toMatch(/x is not a value/);
  });

  it("keeps a __proto__ key as data", () => {
    const r = ok('{"__proto__": 1}');
    expect(Object.keys(r.args[0] as object)).toEqual(["__proto__"]);
  });
});
