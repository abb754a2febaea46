import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { createPythonCore, type PythonCore } from "../../../src/runners/python/python-core";
import type { PythonCase, PythonGradeRequest } from "../../../src/runners/python/types";

let core: PythonCore;
let pyodide: Awaited<ReturnType<typeof loadPyodide>>;

beforeAll(async () => {
  pyodide = await loadPyodide();
  core = createPythonCore(pyodide);
});

const kase = (
  id: string,
  args: unknown[],
  expected: unknown,
  extra: Partial<PythonCase> = {},
): PythonCase => ({
  id,
  args,
  expected,
  ...extra,
});
const grade = (req: Partial<PythonGradeRequest> & { code: string }) => core.grade({ mode: "submit", ...req });

describe("structured cases", () => {
  it("passes, fails and errors per case with reprs, output and line numbers", async () => {
    const code =
      "def add(a, b):\n    print('adding', a, b)\n    if a < 0:\n        raise ValueError('negative')\n    return a + b if a != 2 else 0\n";
    const r = await grade({
      code,
      entry: "add",
      cases: [
        kase("ok", [1, 2], 3),
        kase("wrong", [2, 2], 4),
        kase("boom", [-1, 2], 1, { description: "negatives" }),
      ],
    });
    expect(r.status).toBe("fail");
    expect(r.score).toBeCloseTo(1 / 3);
    const [ok, wrong, boom] = r.cases;
    expect(ok).toMatchObject({
      id: "ok",
      status: "pass",
      expected: "3",
      actual: "3",
      output: "adding 1 2\n",
      hidden: false,
    });
    expect(wrong).toMatchObject({ status: "fail", expected: "4", actual: "0" });
    expect(wrong!.message).toContain("expected 4, got 0");
    expect(boom).toMatchObject({ status: "error", description: "negatives" });
    expect(boom!.message).toBe("ValueError: negative (line 4)");
    const err = (boom!.details as { error: { line: number; traceback: string } }).error;
    expect(err.line).toBe(4);
    expect(err.traceback).toContain('File "solution.py", line 4, in add');
    expect(err.traceback).not.toMatch(/_dojo_harness|cases\.py/);
    expect(typeof ok!.durationMs).toBe("number");
    expect(r.output).toBe("adding 1 2\nadding 2 2\nadding -1 2\n");
  });

  it("compares exactly like Python: tuples equal lists, 1 == 1.0, but True is not 1", async () => {
    const r = await grade({
      code: "def f(x):\n    return x\ndef g():\n    return (1, 2.0, [3])\n",
      entry: "f",
      cases: [kase("a", [[1, 2, [3]]], [1.0, 2, [3]]), kase("b", [true], 1), kase("c", [{ a: 1 }], { a: 1 })],
    });
    expect(r.cases.map((c) => c.status)).toEqual(["pass", "fail", "pass"]);
  });

  it("approx applies inside nested lists and dicts; NaN equals NaN", async () => {
    const code =
      "import math\ndef f():\n    return {'w': [0.1 + 0.2, 1e-12], 'b': (2.0000001,), 'n': math.nan}\n";
    const expected = { w: [0.3, 0], b: [2], n: null };
    const ok = await grade({
      code: code.replace("math.nan", "None"),
      entry: "f",
      cases: [kase("close", [], expected, { compare: { kind: "approx", abs: 1e-6 } })],
    });
    expect(ok.status).toBe("pass");
    const strict = await grade({ code, entry: "f", cases: [kase("strict", [], { ...expected, n: 0 })] });
    expect(strict.cases[0]!.message).toMatch(/at \['w'\]\[0\]: expected 0\.3, got 0\.30000000000000004/);
    const nan = await grade({
      code: "import math\ndef f():\n    return [math.nan]\ndef ref():\n    return [float('nan')]\n",
      entry: "f",
      generated: {
        seed: 1,
        count: 2,
        generator: "def gen(rng):\n    return {'args': []}\n",
        reference: "def f():\n    return [float('nan')]\n",
      },
    });
    expect(nan.status).toBe("pass");
  });

  it("unordered compares as a multiset, set ignores duplicates", async () => {
    const code = "def f(xs):\n    return list(reversed(xs))\n";
    const r = await grade({
      code,
      entry: "f",
      cases: [
        kase("u-ok", [[1, 2, 2]], [2, 1, 2], { compare: { kind: "unordered" } }),
        kase("u-bad", [[1, 1, 2]], [1, 2, 2], { compare: { kind: "unordered" } }),
        kase("s-ok", [[1, 1, 2]], [2, 1], { compare: { kind: "set" } }),
        kase("s-bad", [[1, 3]], [1, 2], { compare: { kind: "set" } }),
      ],
    });
    expect(r.cases.map((c) => c.status)).toEqual(["pass", "fail", "pass", "fail"]);
    expect(r.cases[3]!.message).toContain("missing 2");
  });

  it("feeds stdin per case", async () => {
    const code = "def f():\n    a = int(input())\n    b = int(input())\n    return a * b\n";
    const r = await grade({
      code,
      entry: "f",
      cases: [kase("a", [], 6, { stdin: "2\n3\n" }), kase("b", [], 20, { stdin: "4\n5\n" })],
    });
    expect(r.status).toBe("pass");
  });

  it("skips hidden cases on run and reports them as not run", async () => {
    const cases = [kase("v", [1], 1), kase("h", [2], 3, { hidden: true })];
    const run = await grade({ code: "def f(x):\n    return x\n", entry: "f", cases, mode: "run" });
    expect(run.status).toBe("pass");
    expect(run.cases.map((c) => c.id)).toEqual(["v"]);
    expect(run.notRun).toEqual(["h"]);
    const submit = await grade({ code: "def f(x):\n    return x\n", entry: "f", cases });
    expect(submit.status).toBe("fail");
    expect(submit.cases[1]).toMatchObject({ id: "h", hidden: true, status: "fail" });
  });

  it("reports a missing entry function as an error result", async () => {
    const r = await grade({ code: "def other():\n    pass\n", entry: "solve", cases: [kase("a", [], 1)] });
    expect(r.status).toBe("error");
    expect(r.error).toMatchObject({ kind: "NameError" });
    expect(r.error!.message).toContain("solve");
  });
});

describe("errors", () => {
  it("a syntax error judges nothing and points at the line", async () => {
    const r = await grade({
      code: "def f(x):\n    return x\n\ndef g(:\n    pass\n",
      entry: "f",
      cases: [kase("a", [1], 1)],
    });
    expect(r).toMatchObject({ status: "error", score: 0, cases: [] });
    expect(r.error).toMatchObject({ kind: "SyntaxError", line: 4 });
  });

  it("a runtime error at module level gives kind and candidate line, no harness frames", async () => {
    const r = await grade({
      code: "x = 1\n\ny = undefined_name + x\n",
      entry: "f",
      cases: [kase("a", [], 1)],
    });
    expect(r.status).toBe("error");
    expect(r.error).toMatchObject({ kind: "NameError", line: 3 });
    expect(r.error!.traceback).toContain('File "solution.py", line 3');
    expect(r.error!.traceback).not.toMatch(/grade\.py|_dojo_harness|_pyodide/);
  });

  it("RecursionError is a clear case error and the engine stays usable", async () => {
    const r = await grade({
      code: "def f(n):\n    return f(n + 1)\n",
      entry: "f",
      cases: [kase("deep", [0], 1)],
    });
    expect(r.cases[0]).toMatchObject({ status: "error" });
    expect(r.cases[0]!.message).toMatch(/^RecursionError: .*base case.*\(line 2\)$/);
    const after = await grade({ code: "def f(n):\n    return n\n", entry: "f", cases: [kase("a", [5], 5)] });
    expect(after.status).toBe("pass");
  });

  it("MemoryError is a clear error and the engine stays usable", async () => {
    const r = await grade({
      code: "def f():\n    return [0] * (2 ** 30)\n",
      entry: "f",
      cases: [kase("big", [], 1)],
    });
    expect(r.cases[0]!.status).toBe("error");
    expect(r.cases[0]!.message).toMatch(/^MemoryError: Your code ran out of memory\. \(line 2\)$/);
    const after = await grade({ code: "def f():\n    return 1\n", entry: "f", cases: [kase("a", [], 1)] });
    expect(after.status).toBe("pass");
  });
});

describe("isolation", () => {
  it("every run gets a fresh namespace and a fresh solution module", async () => {
    const first = await grade({
      code: "import sys, builtins\nLEAK = 41\nbuiltins.LEAKED_BUILTIN = 1\ndef f():\n    return 1\n",
      entry: "f",
      cases: [kase("a", [], 1)],
    });
    expect(first.status).toBe("pass");
    const code = [
      "import sys, builtins",
      "def f():",
      "    return ['LEAK' in globals(), hasattr(builtins, 'LEAKED_BUILTIN'), sys.modules['solution'].__dict__.get('LEAK')]",
    ].join("\n");
    const second = await grade({ code, entry: "f", cases: [kase("a", [], [false, false, null])] });
    expect(second.cases[0]).toMatchObject({ status: "pass" });
    const outside = await grade({
      code: "import sys\ndef f():\n    return 'solution' in sys.modules\n",
      entry: "f",
      cases: [kase("a", [], true)],
    });
    expect(outside.status).toBe("pass");
    expect(pyodide.runPython("import sys\n'solution' in sys.modules")).toBe(false);
    // ...and the bridge is back for the runtime itself once the run is over
    expect(pyodide.runPython("import js\njs.Math.max(1, 2)")).toBe(2);
  });

  it("candidate code cannot reach the JavaScript side", async () => {
    const attempts = [
      "import js; js.globalThis.fetch",
      "import pyodide_js",
      "from pyodide.ffi import to_js",
      "from pyodide.code import run_js",
      "import _pyodide_core",
      "__import__('js')",
      "import importlib; importlib.import_module('js')",
      "import sys; sys.modules['js']",
      "import sys; [f for f in sys.meta_path if 'Js' in type(f).__name__][0].find_spec('js', None)",
      "import sys; sys.meta_path.pop(0); import js",
      // pyodide.ffi can be re-imported once the blocker is gone, but only as inert stubs:
      // _pyodide_core (the real bridge) cannot be re-created.
      "import sys; sys.meta_path.pop(0); from pyodide.ffi import to_js; to_js([1]).constructor",
    ];
    const code = [
      "def f(src):",
      "    try:",
      "        exec(src, {})",
      "        return 'reached'",
      "    except Exception as e:",
      "        return type(e).__name__",
    ].join("\n");
    const cases = attempts.map((src, i) => kase(`a${i}`, [src], "blocked"));
    const r = await grade({ code, entry: "f", cases });
    for (const c of r.cases)
      expect(c.actual, attempts[Number(c.id.slice(1))]).toMatch(
        /^'(ModuleNotFoundError|KeyError|IndexError|AttributeError)'$/,
      );
    expect(r.cases[0]!.actual).toBe("'ModuleNotFoundError'");
    const msg = await grade({ code: "import js\n", entry: "f", cases: [kase("a", [], 1)] });
    expect(msg.error!.message).toContain("without access to JavaScript");
    // the bridge is back for the harness/runtime after the run
    const after = await grade({ code: "def f():\n    return 1\n", entry: "f", cases: [kase("a", [], 1)] });
    expect(after.status).toBe("pass");
  });
});
