// The Python facade with real workers: sandboxed Node processes (the engine of check-pack and the
// bank's tests) and worker threads (which can share an interrupt buffer, like an isolated page).
import { afterEach, describe, expect, it, vi } from "vitest";
import { PythonRunner, type PythonState } from "../../../src/runners/python/python-runner";
import type { PythonGradeRequest, WorkerPort } from "../../../src/runners/python/types";
import { createSandboxedPython } from "../../../scripts/lib/python-sandbox";
import { NodeWorkerPort } from "./support/node-worker-port";

// Each test boots real Pyodide workers (seconds each on a busy machine).
vi.setConfig({ testTimeout: 180_000 });

// A DOM Worker must be usable as the facade's WorkerPort (compile-time check).
export const domWorkerFits = (w: Worker): WorkerPort => w;

const runners: PythonRunner[] = [];
afterEach(() => runners.splice(0).forEach((r) => r.dispose()));

async function sandboxed(): Promise<PythonRunner> {
  const runner = await createSandboxedPython();
  runners.push(runner);
  return runner;
}

function threaded(isolated: boolean) {
  let created = 0;
  const runner = new PythonRunner({
    indexURL: "unused-in-node/",
    isolated,
    graceMs: 500,
    createWorker: () => {
      created += 1;
      return new NodeWorkerPort();
    },
  });
  runners.push(runner);
  return { runner, created: () => created };
}

const ok: PythonGradeRequest = {
  code: "def f(x):\n    print('got', x)\n    return x * 2\n",
  entry: "f",
  cases: [{ id: "a", args: [21], expected: 42 }],
  mode: "run",
};

describe("PythonRunner: a fresh interpreter for every run", () => {
  it("waits for boot on the first grade, streams output and reports states", async () => {
    const runner = await sandboxed();
    const states: PythonState[] = [];
    runner.onStateChange((s) => states.push(s));
    const chunks: string[] = [];
    const result = await runner.grade(ok, { onOutput: (c) => chunks.push(c) });
    expect(result.status).toBe("pass");
    expect(chunks.join("")).toBe("got 21\n");
    expect(states).toEqual(["starting", "ready", "running", "ready"]);
    expect(runner.snapshotInUse).toBe(true);
  });

  it("nothing a run changes reaches the next run: modules, builtins, sys, files, the harness", async () => {
    const runner = await sandboxed();
    const poison = [
      "import sys, json, math, builtins, os",
      "sys.dojo_marker = 1",
      "json.dumps = lambda *a, **k: 'patched'",
      "math.isclose = lambda *a, **k: True",
      "builtins.len = lambda x: 0",
      "open('/tmp/leftover.txt', 'w').write('x')",
      "import _dojo_harness.encode as enc",
      "enc.encode = lambda *a, **k: {'t': 'int', 'v': '42'}",
      "def f(x):\n    return 0",
    ].join("\n");
    const first = await runner.grade({ ...ok, code: poison });
    expect(first.status).not.toBe("pass");
    const probe = [
      "import sys, json, math, os",
      "def f(x):",
      "    return [hasattr(sys, 'dojo_marker'), json.dumps([1]), math.isclose(1, 2), len([1, 2]), os.path.exists('/tmp/leftover.txt')]",
    ].join("\n");
    const second = await runner.grade({
      ...ok,
      code: probe,
      cases: [{ id: "a", args: [0], expected: [false, "[1]", false, 2, false] }],
    });
    expect(second.status, JSON.stringify(second)).toBe("pass");
  });

  it("a runaway loop hits the run's limit: that case times out, later cases are not run", async () => {
    const runner = await sandboxed();
    const start = Date.now();
    const result = await runner.grade({
      code: "def f(n):\n    while n == 2:\n        pass\n    return n\n",
      entry: "f",
      mode: "run",
      timeLimitMs: 800,
      cases: [1, 2, 3].map((n) => ({ id: `c${n}`, args: [n], expected: n })),
    });
    expect(Date.now() - start).toBeLessThan(60_000);
    expect(result.status).toBe("fail");
    expect(result.error).toMatchObject({
      kind: "Timeout",
      message: "Your code ran longer than 0.8 s and was stopped.",
    });
    expect(result.cases.map((c) => [c.id, c.status])).toEqual([
      ["c1", "pass"],
      ["c2", "error"],
      ["c3", "not-run"],
    ]);
    expect((await runner.grade(ok)).status).toBe("pass");
  });

  it("KeyboardInterrupt raised by the candidate's code is an error, not a timeout", async () => {
    const runner = await sandboxed();
    const r = await runner.grade({ ...ok, code: "def f(x):\n    raise KeyboardInterrupt\n" });
    expect(r.cases[0]).toMatchObject({
      status: "error",
      message: "KeyboardInterrupt: Your code raised KeyboardInterrupt.",
    });
    expect(r.error).toBeUndefined();
    const top = await runner.grade({ ...ok, code: "raise KeyboardInterrupt\n" });
    expect(top.error).toMatchObject({ kind: "KeyboardInterrupt" });
  });

  it("without snapshots every job worker cold-boots, with the same results", async () => {
    const runner = await createSandboxedPython({ snapshots: false });
    runners.push(runner);
    expect((await runner.grade(ok)).status).toBe("pass");
    expect(runner.snapshotInUse).toBe(false);
  });

  it("returns an error result (not an exception) when the worker cannot be created", async () => {
    const runner = new PythonRunner({
      indexURL: "x/",
      createWorker: () => {
        throw new Error("no workers here");
      },
    });
    runners.push(runner);
    const result = await runner.grade(ok);
    expect(result.status).toBe("error");
    expect(result.error?.kind).toBe("EngineUnavailable");
    expect(result.error?.message).toContain("no workers here");
    expect(runner.state).toBe("failed");
  });
});

describe("PythonRunner: per-test budgets and crashes (worker threads)", () => {
  const slowSecond: PythonGradeRequest = {
    code: "def f(n):\n    while n == 2:\n        pass\n    return n\n",
    entry: "f",
    mode: "run",
    timeLimitMs: 20_000,
    testTimeLimitMs: 400,
    cases: [1, 2, 3].map((n) => ({ id: `c${n}`, args: [n], expected: n })),
  };

  it("with an interrupt buffer, the slow test is stopped and the others still run", async () => {
    const { runner } = threaded(true);
    const r = await runner.grade(slowSecond);
    expect(r.cases.map((c) => [c.id, c.status])).toEqual([
      ["c1", "pass"],
      ["c2", "error"],
      ["c3", "pass"],
    ]);
    expect(r.cases[1]!.message).toBe("This test ran longer than its 0.4 s budget and was stopped.");
    expect(r.error).toBeUndefined();
  });

  it("without one, the run stops at the slow test and the rest are not run", async () => {
    const { runner } = threaded(false);
    const r = await runner.grade(slowSecond);
    expect(r.cases.map((c) => [c.id, c.status])).toEqual([
      ["c1", "pass"],
      ["c2", "error"],
      ["c3", "not-run"],
    ]);
    expect(r.error?.message).toContain("budget");
    expect((await runner.grade(ok)).status).toBe("pass");
  });

  it("reports a crashed worker as WorkerCrashed, keeps finished cases, and the next run works", async () => {
    const { runner } = threaded(false);
    const crashed = await runner.grade({ ...ok, code: "#crash-the-worker" });
    expect(crashed.status).toBe("error");
    expect(crashed.error?.kind).toBe("WorkerCrashed");
    expect((await runner.grade(ok)).status).toBe("pass");
  });
});
