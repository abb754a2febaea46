import { loadPyodide } from "pyodide";
import { Worker } from "node:worker_threads";
import { beforeAll, describe, expect, it } from "vitest";
import { createPythonCore, type PythonCore } from "../../../src/runners/python/python-core";
import type { PythonGradeRequest } from "../../../src/runners/python/types";
import { OUTPUT_CAP_PER_CASE, OUTPUT_CAP_PER_RUN } from "../../../src/domain/grading/result";

let core: PythonCore;

beforeAll(async () => {
  core = createPythonCore(await loadPyodide());
});

const grade = (req: Partial<PythonGradeRequest> & { code: string }, onOutput?: (s: string) => void) =>
  core.grade({ mode: "submit", ...req }, { onOutput });

const SOLUTION = "def mean(xs):\n    return sum(xs) / len(xs)\n";

describe("test code", () => {
  it("runs unittest classes with one result per method, in definition order", async () => {
    const testCode = [
      "import unittest",
      "from solution import *",
      "class TestMean(unittest.TestCase):",
      "    def test_simple(self):",
      "        print('in simple')",
      "        self.assertEqual(mean([1, 2, 3]), 2)",
      "    def test_wrong_on_purpose(self):",
      "        self.assertEqual(mean([1, 2]), 2)",
      "    def test_empty_raises(self):",
      "        mean([])",
      "    def test_subtests(self):",
      "        for xs, want in [([2], 2), ([4], 5)]:",
      "            with self.subTest(xs=xs):",
      "                self.assertEqual(mean(xs), want)",
    ].join("\n");
    const r = await grade({ code: SOLUTION, testCode });
    expect(r.cases.map((c) => [c.id, c.status])).toEqual([
      ["TestMean.test_simple", "pass"],
      ["TestMean.test_wrong_on_purpose", "fail"],
      ["TestMean.test_empty_raises", "error"],
      ["TestMean.test_subtests (xs=[4])", "fail"],
    ]);
    expect(r.cases[0]!.output).toBe("in simple\n");
    expect(r.cases[1]!.message).toContain("1.5 != 2");
    expect(r.cases[2]!.message).toBe("ZeroDivisionError: division by zero (line 2)");
    expect(r.cases[3]!.message).toContain("4.0 != 5");
    expect(r.status).toBe("fail");
  });

  it("runs bare test_* functions and explains failed asserts with both sides", async () => {
    const testCode = [
      "def test_ok():",
      "    assert mean([2, 4]) == 3",
      "def test_cmp():",
      "    xs = [1, 2]",
      "    assert mean(xs) == 2, 'mean of 1 and 2'",
      "def test_truthy():",
      "    assert mean([0, 0])",
      "def test_error():",
      "    mean(None)",
      "def helper():",
      "    raise AssertionError('not a test')",
    ].join("\n");
    const r = await grade({ code: SOLUTION, testCode });
    expect(r.cases.map((c) => [c.id, c.status])).toEqual([
      ["test_ok", "pass"],
      ["test_cmp", "fail"],
      ["test_truthy", "fail"],
      ["test_error", "error"],
    ]);
    expect(r.cases[1]!.message).toBe("mean of 1 and 2\nassert mean(xs) == 2\n  left:  1.5\n  right: 2");
    expect(r.cases[2]!.message).toBe("assert mean([0, 0])");
    expect(r.cases[3]!.message).toMatch(/^TypeError: .* \(line 2\)$/);
  });

  it("test code can use the candidate's names without importing them", async () => {
    const r = await grade({ code: SOLUTION, testCode: "def test_a():\n    assert mean([1]) == 1\n" });
    expect(r.status).toBe("pass");
  });
});

describe("generated check", () => {
  const generated = {
    seed: 7,
    count: 50,
    generator:
      "def gen(rng):\n    n = rng.randint(1, 8)\n    return {'args': [[rng.randint(-5, 5) for _ in range(n)]]}\n",
    reference: "def top(xs):\n    return max(xs)\n",
  };

  it("catches a wrong solution and reports the input", async () => {
    const r = await grade({ code: "def top(xs):\n    return xs[0]\n", entry: "top", generated });
    expect(r.status).toBe("fail");
    expect(r.cases[0]!.id).toBe("generated");
    expect(r.cases[0]!.message).toMatch(/^Generated input #\d+: top\(\[.*\]\): expected -?\d+, got -?\d+$/);
  });

  it("passes a right solution, is deterministic, and is skipped on run", async () => {
    const r = await grade({ code: "def top(xs):\n    return sorted(xs)[-1]\n", entry: "top", generated });
    expect(r.status).toBe("pass");
    const a = await grade({ code: "def top(xs):\n    return xs[0]\n", entry: "top", generated });
    const b = await grade({ code: "def top(xs):\n    return xs[0]\n", entry: "top", generated });
    expect(a.cases[0]!.message).toBe(b.cases[0]!.message);
    const run = await grade({
      code: "def top(xs):\n    return xs[0]\n",
      entry: "top",
      generated,
      mode: "run",
    });
    expect(run.status).toBe("error");
    expect(run.notRun).toEqual(["generated"]);
  });
});

describe("output", () => {
  it("captures and caps per case and per run, streaming while it runs", async () => {
    const code = "def f(n):\n    for i in range(n):\n        print('x' * 99)\n    return n\n";
    const chunks: string[] = [];
    const cases = [1, 2, 3, 4, 5, 6].map((i) => ({ id: `c${i}`, args: [100], expected: 100 }));
    const r = await grade({ code, entry: "f", cases }, (s) => chunks.push(s));
    expect(r.status).toBe("pass");
    expect(r.outputTruncated).toBe(true);
    const first = r.cases[0]!.output!;
    expect(first.startsWith("x".repeat(99) + "\n")).toBe(true);
    expect(first).toContain(`[${100 * 100 - OUTPUT_CAP_PER_CASE} more characters not shown]`);
    expect(r.output).toContain(`[${6 * 100 * 100 - OUTPUT_CAP_PER_RUN} more characters not shown]`);
    const streamed = chunks.join("");
    expect(streamed.length).toBeLessThan(OUTPUT_CAP_PER_RUN + 100);
    expect(streamed).toContain("[output truncated]");
    expect(chunks.length).toBeGreaterThan(10);
  });

  it("a plain run without tests passes with its output", async () => {
    const r = await grade({ code: "print('hello')\n", mode: "run" });
    expect(r).toMatchObject({ status: "pass", cases: [], output: "hello\n" });
  });
});

describe("interrupt and packages", () => {
  it("stops `while True: pass` through the interrupt buffer and stays usable", async () => {
    const sab = new SharedArrayBuffer(1);
    core.setInterruptBuffer(new Uint8Array(sab));
    // The main thread is busy inside Python, so another thread writes the interrupt. It keeps
    // writing every 100 ms (from 300 ms on): on a loaded machine a single early write could land
    // before the run clears the buffer, and the loop would then never stop.
    const writer = new Worker(
      "const { workerData } = require('node:worker_threads');" +
        "const a = new Int32Array(new SharedArrayBuffer(4)); Atomics.wait(a, 0, 0, 300);" +
        "for (;;) { new Uint8Array(workerData)[0] = 2; Atomics.wait(a, 0, 0, 100); }",
      { eval: true, workerData: sab },
    );
    const start = Date.now();
    const r = await grade({
      code: "def f():\n    while True:\n        pass\n",
      entry: "f",
      cases: [{ id: "a", args: [], expected: 1 }],
      timeLimitMs: 300,
    });
    await writer.terminate();
    new Uint8Array(sab)[0] = 0;
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(r.status).toBe("fail");
    expect(r.error).toMatchObject({
      kind: "Timeout",
      message: "Your code ran longer than 0.3 s and was stopped.",
    });
    expect(r.cases).toMatchObject([{ id: "a", status: "error", details: { error: { kind: "Timeout" } } }]);
    const after = await grade({
      code: "def f():\n    return 1\n",
      entry: "f",
      cases: [{ id: "a", args: [], expected: 1 }],
    });
    expect(after.status).toBe("pass");
  });

  it("reports a package that cannot be downloaded, quickly and clearly", async () => {
    const start = Date.now();
    const r = await grade({
      code: "import numpy\n",
      packages: ["numpy"],
      packageBaseUrl: "http://127.0.0.1:9/",
    });
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(r.status).toBe("error");
    expect(r.error!.kind).toBe("PackageUnavailable");
    expect(r.error!.message).toContain("numpy");
    expect(r.error!.message).toMatch(/tried http:\/\/127\.0\.0\.1:9\/numpy-[^ ]+\.whl\): .*fetch failed/);
    const unknown = await grade({ code: "", packages: ["no-such-pkg"] });
    expect(unknown.error).toMatchObject({ kind: "PackageUnavailable" });
  });
});

describe("fatal engine errors (keep last: the instance is discarded afterwards)", () => {
  it("a C stack overflow is reported as WorkerCrashed and marks the core fatal", async () => {
    const code =
      "import sys, json\nsys.setrecursionlimit(10**8)\ndef f(n):\n    x = []\n    for _ in range(n):\n        x = [x]\n    return len(json.dumps(x))\n";
    const r = await grade({ code, entry: "f", cases: [{ id: "d", args: [1_000_000], expected: 0 }] });
    expect(r.status).toBe("fail");
    expect(r.cases).toMatchObject([{ id: "d", status: "error" }]);
    expect(r.error?.kind).toBe("WorkerCrashed");
    expect(r.error?.message).toContain("call stack");
    expect(core.fatal).toBe(true);
    const after = await grade({
      code: "def f():\n    return 1\n",
      entry: "f",
      cases: [{ id: "a", args: [], expected: 1 }],
    });
    expect(after.error?.kind).toBe("WorkerCrashed");
  });
});
