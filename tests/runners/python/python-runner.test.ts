import { afterEach, describe, expect, it, vi } from "vitest";
import { PythonRunner, type PythonState } from "../../../src/runners/python/python-runner";
import type { PythonGradeRequest, WorkerPort } from "../../../src/runners/python/types";
import { NodeWorkerPort } from "./support/node-worker-port";

// Each test boots one or two real Pyodide workers (several seconds each on a busy machine).
vi.setConfig({ testTimeout: 120_000 });

// A DOM Worker must be usable as the facade's WorkerPort (compile-time check).
export const domWorkerFits = (w: Worker): WorkerPort => w;

const runners: PythonRunner[] = [];
afterEach(() => runners.splice(0).forEach((r) => r.dispose()));

function makeRunner(isolated: boolean) {
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
const spin = (body: string): PythonGradeRequest => ({
  code: `def f():\n${body}\n`,
  entry: "f",
  cases: [{ id: "a", args: [], expected: 1 }],
  mode: "run",
  timeLimitMs: 500,
});

describe("PythonRunner (facade) with a real Node worker", () => {
  it("waits for boot on the first grade, streams output and reports states", async () => {
    const { runner } = makeRunner(true);
    const states: PythonState[] = [];
    runner.onStateChange((s) => states.push(s));
    const chunks: string[] = [];
    const result = await runner.grade(ok, { onOutput: (c) => chunks.push(c) });
    expect(result.status).toBe("pass");
    expect(chunks.join("")).toBe("got 21\n");
    expect(states).toEqual(["starting", "ready", "running", "ready"]);
  });

  it("interrupts a runaway loop via the interrupt buffer and keeps the same worker", async () => {
    const { runner, created } = makeRunner(true);
    await runner.ready;
    const start = Date.now();
    const result = await runner.grade(spin("    while True:\n        pass"));
    expect(result.status).toBe("error");
    expect(result.error).toMatchObject({
      kind: "Timeout",
      message: "Your code ran longer than 0.5 s and was stopped.",
    });
    expect(Date.now() - start).toBeLessThan(1_400); // no grace-period kill needed
    expect((await runner.grade(ok)).status).toBe("pass");
    expect(created()).toBe(1);
  });

  it("terminates and replaces a worker that swallows the interrupt", async () => {
    const { runner, created } = makeRunner(true);
    const body =
      "    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass";
    const result = await runner.grade(spin(body));
    expect(result.error?.kind).toBe("Timeout");
    expect((await runner.grade(ok)).status).toBe("pass");
    expect(created()).toBe(2);
  });

  it("without SharedArrayBuffer isolation it terminates on timeout and recovers", async () => {
    const { runner, created } = makeRunner(false);
    const chunks: string[] = [];
    const result = await runner.grade(spin("    print('before')\n    while True:\n        pass"), {
      onOutput: (c) => chunks.push(c),
    });
    expect(result.error?.kind).toBe("Timeout");
    expect(result.output).toBe("before\n");
    expect((await runner.grade(ok)).status).toBe("pass");
    expect(created()).toBe(2);
  });

  it("reports a crashed worker as WorkerCrashed and replaces it", async () => {
    const { runner, created } = makeRunner(true);
    const crashed = await runner.grade({ ...ok, code: "#crash-the-worker" });
    expect(crashed.status).toBe("error");
    expect(crashed.error?.kind).toBe("WorkerCrashed");
    expect((await runner.grade(ok)).status).toBe("pass");
    expect(created()).toBe(2);
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
