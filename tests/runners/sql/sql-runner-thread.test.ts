// SqlRunner against a real worker thread running real sql.js: a runaway recursive CTE really
// blocks the thread, so only terminate-and-replace can recover. The worker entry is TypeScript,
// so it is bundled (rolldown, Vite's bundler) into a temporary .mjs first.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "rolldown";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlRunner } from "../../../src/runners/sql/sql-runner";
import type { SqlGradeRequest } from "../../../src/runners/sql/types";
import { NodeThreadWorker } from "./worker-adapters";

const requireFrom = resolve("package.json");
const wasmPath = createRequire(requireFrom).resolve("sql.js/dist/sql-wasm.wasm");
let dir: string;
let entry: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sql-worker-"));
  const out = await build({
    input: resolve("tests/runners/sql/node-sql-worker.ts"),
    platform: "node",
    external: [/^node:/, "sql.js"],
    write: false,
    output: { format: "esm" },
  });
  entry = join(dir, "node-sql-worker.mjs");
  writeFileSync(entry, out.output[0].code);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const req: SqlGradeRequest = {
  schema: "CREATE TABLE t (a INTEGER);",
  seed: "INSERT INTO t VALUES (1), (2), (3);",
  reference: "SELECT SUM(a) FROM t",
  query: "SELECT 6",
  mode: "run",
};
const RUNAWAY = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM r) SELECT count(*) FROM r";

function threadRunner() {
  const workers: NodeThreadWorker[] = [];
  const runner = new SqlRunner({
    wasmUrl: wasmPath,
    createWorker: () => {
      const w = new NodeThreadWorker(entry, requireFrom);
      workers.push(w);
      return w;
    },
  });
  return { runner, workers };
}

describe("SqlRunner with a real worker thread", () => {
  it("grades, stops a runaway query with a fresh worker, and keeps working", async () => {
    const { runner, workers } = threadRunner();
    try {
      await runner.ready;
      expect((await runner.grade(req)).status).toBe("pass");
      const t0 = Date.now();
      const r = await runner.grade({ ...req, query: RUNAWAY, timeLimitMs: 400 });
      expect(r.status).toBe("error");
      expect(r.error?.kind).toBe("Timeout");
      expect(Date.now() - t0).toBeLessThan(3_000);
      expect(workers).toHaveLength(2);
      expect(workers[0]!.terminated).toBe(true);
      const after = await runner.grade({ ...req, query: "SELECT 5" });
      expect(after.status).toBe("fail");
      expect(after.cases[0]!.message).toBe("1 row missing, 1 extra row, expected 1 row, got 1");
    } finally {
      runner.dispose();
    }
  });

  it("reports a thread that dies mid-query as WorkerCrashed and replaces it", async () => {
    const { runner, workers } = threadRunner();
    try {
      await runner.ready;
      const pending = runner.grade({ ...req, query: RUNAWAY, timeLimitMs: 20_000 });
      await new Promise((r) => setTimeout(r, 200));
      await workers[0]!.kill();
      const r = await pending;
      expect(r.error?.kind).toBe("WorkerCrashed");
      expect(workers).toHaveLength(2);
      expect((await runner.grade(req)).status).toBe("pass");
    } finally {
      runner.dispose();
    }
  });
});
