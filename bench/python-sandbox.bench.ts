/**
 * The cost of isolation in Node (the engine of check-pack and the bank's tests): each graded job
 * gets a fresh Pyodide instance restored from a snapshot inside a permission-restricted process.
 * Prints the restore time per job and the wall time per grade of a 10-case exercise, sequentially.
 */
import { createSandboxedPython } from "../scripts/lib/python-sandbox";
import type { PythonCase } from "../src/runners/python/types";
import { emit, median, readPack, round } from "./bench-io";

const RUNS = Number(process.env.BENCH_ITERATIONS ?? 20);
const pack = readPack<{
  questions: { id: string; kind: string; entry: string; referenceSolution: string; cases: PythonCase[] }[];
}>("python-algorithms");
const q = pack.questions.find((x) => x.kind === "python" && (x.cases?.length ?? 0) >= 10)!;
const request = {
  code: q.referenceSolution,
  entry: q.entry,
  cases: q.cases.slice(0, 10),
  mode: "submit" as const,
};

const runner = await createSandboxedPython();
const first = await runner.grade(request);
if (first.status !== "pass")
  throw new Error(`reference did not pass: ${JSON.stringify(first).slice(0, 300)}`);
const grades: number[] = [];
const restores: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  await runner.grade(request);
  grades.push(performance.now() - t);
  if (runner.lastBootMs !== undefined) restores.push(runner.lastBootMs);
}
runner.dispose();
emit({
  name: `Node sandbox: fresh interpreter restored per job (median of ${RUNS})`,
  value: round(median(restores)),
  unit: "ms",
});
emit({
  name: "Node sandbox: grade, back to back (10 cases, restore included)",
  value: round(median(grades)),
  unit: "ms",
});
process.exit(0);
