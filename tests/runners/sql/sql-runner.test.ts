import initSqlJs, { type SqlJsStatic } from "sql.js";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { SqlRunner } from "../../../src/runners/sql/sql-runner";
import type { SqlGradeRequest } from "../../../src/runners/sql/types";
import { FakeWorker, type FakeOptions } from "./worker-adapters";

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const base: SqlGradeRequest = {
  schema: "CREATE TABLE t (a INTEGER);",
  seed: "INSERT INTO t VALUES (1), (2);",
  reference: "SELECT a FROM t",
  query: "SELECT a FROM t",
  mode: "run",
};
const RUNAWAY = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r) SELECT count(*) FROM r";

function fakeRunner(opts: FakeOptions[] | FakeOptions = {}) {
  const workers: FakeWorker[] = [];
  const runner = new SqlRunner({
    wasmUrl: "/assets/sql-wasm.wasm",
    createWorker: () => {
      const o = Array.isArray(opts) ? (opts[workers.length] ?? {}) : opts;
      const w = new FakeWorker(SQL, o);
      workers.push(w);
      return w;
    },
  });
  return { runner, workers };
}

describe("SqlRunner with a fake worker", () => {
  it("boots with the wasm URL and makes a first call wait for boot", async () => {
    const { runner, workers } = fakeRunner({ bootDelayMs: 30 });
    const r = await runner.grade(base);
    expect(r.status).toBe("pass");
    expect(workers[0]!.received[0]).toEqual({ id: 1, type: "init", wasmUrl: "/assets/sql-wasm.wasm" });
    await expect(runner.ready).resolves.toBeUndefined();
  });

  it("times out a runaway query, terminates and replaces the worker, and the next run works", async () => {
    const { runner, workers } = fakeRunner({ hangOn: /RECURSIVE/ });
    const r = await runner.grade({ ...base, query: RUNAWAY, timeLimitMs: 50 });
    expect(r.status).toBe("error");
    expect(r.error?.kind).toBe("Timeout");
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect((await runner.grade(base)).status).toBe("pass");
    expect(workers[1]!.terminated).toBe(false);
  });

  it("turns a worker crash into a WorkerCrashed result and replaces the worker", async () => {
    const { runner, workers } = fakeRunner({ hangOn: /RECURSIVE/ });
    const pending = runner.grade({ ...base, query: RUNAWAY, timeLimitMs: 10_000 });
    // Crash only once the query is in flight (a fixed sleep races the boot on a busy machine).
    await vi.waitFor(() => expect(workers[0]?.received.some((m) => m.type === "grade")).toBe(true));
    workers[0]!.emitError("RuntimeError: unreachable");
    const r = await pending;
    expect(r.error).toMatchObject({ kind: "WorkerCrashed" });
    expect(r.error!.message).toContain("unreachable");
    expect(workers[0]!.terminated).toBe(true);
    expect((await runner.grade(base)).status).toBe("pass");
  });

  it("queues calls so the time limit starts when a request is sent", async () => {
    const { runner } = fakeRunner();
    const results = await Promise.all([
      runner.grade({ ...base, timeLimitMs: 1000 }),
      runner.explore(base.schema, base.seed, "SELECT a * 10 AS b FROM t"),
      runner.schemaInfo(base.schema, base.seed),
    ]);
    expect(results[0].status).toBe("pass");
    expect(results[1]).toEqual({ columns: ["b"], rows: [[10], [20]], rowCount: 2, truncated: false });
    expect(results[2]).toMatchObject({ tables: [{ name: "t", rowCount: 2 }] });
  });

  it("explore returns a Timeout error value for a runaway free query", async () => {
    const runner = new SqlRunner({
      wasmUrl: "x",
      defaultTimeLimitMs: 40,
      createWorker: () => new FakeWorker(SQL, { hangOn: /RECURSIVE/ }),
    });
    expect(await runner.explore(base.schema, base.seed, RUNAWAY)).toMatchObject({
      error: { kind: "Timeout" },
    });
    expect(await runner.explore(base.schema, base.seed, "SELECT 1 AS x")).toMatchObject({ rows: [[1]] });
    runner.dispose();
  });

  it("reports a failed engine load as a value and retries with a fresh worker", async () => {
    const { runner, workers } = fakeRunner([{ failInit: true }, {}]);
    await expect(runner.ready).rejects.toThrow(/wasm fetch failed/);
    const r = await runner.grade(base);
    expect(r.error).toMatchObject({ kind: "EngineLoadError" });
    expect(r.error!.message).toContain("wasm fetch failed");
    expect((await runner.grade(base)).status).toBe("pass");
    expect(workers).toHaveLength(2);
  });

  it("resolves pending and later calls with Disposed after dispose()", async () => {
    const { runner, workers } = fakeRunner({ hangOn: /RECURSIVE/ });
    await runner.ready;
    const pending = runner.grade({ ...base, query: RUNAWAY });
    await new Promise((r) => setTimeout(r, 10));
    runner.dispose();
    expect((await pending).error?.kind).toBe("Disposed");
    expect((await runner.grade(base)).error?.kind).toBe("Disposed");
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it("passes SQLite errors through verbatim", async () => {
    const { runner } = fakeRunner();
    const r = await runner.grade({ ...base, query: "SELECT a FROM" });
    expect(r.error).toEqual({ kind: "SQLiteError", message: "incomplete input" });
  });
});
