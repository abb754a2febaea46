/**
 * Warm Python grading in Node: `createPythonCore(pyodide).grade()` of a 10-case exercise against
 * a raw `pyodide.runPython` that execs the same code and makes the same 10 calls and `==`
 * comparisons. Both alternate on one warm instance; the medians are compared.
 */
import { loadPyodide } from "pyodide";
import { createPythonCore } from "../src/runners/python/python-core";
import type { PythonCase, PythonGradeRequest } from "../src/runners/python/types";
import { emit, median, readPack, round } from "./bench-io";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const WARMUP = 20;

interface PyQuestion {
  id: string;
  kind: string;
  entry: string;
  referenceSolution: string;
  cases: PythonCase[];
}

const pack = readPack<{ questions: PyQuestion[] }>("python-algorithms");
const question = pack.questions.find((q) => q.kind === "python" && (q.cases?.length ?? 0) >= 10)!;
const cases = question.cases.slice(0, 10).map((c) => ({ ...c, hidden: false }));
const request: PythonGradeRequest = {
  code: question.referenceSolution,
  entry: question.entry,
  cases,
  mode: "submit",
};

const pyodide = await loadPyodide();
const core = createPythonCore(pyodide);

// The hand-written equivalent: fresh namespace, exec, 10 calls, compare, collect verdicts.
const rawScript = `
import json
_cases = json.loads(${JSON.stringify(JSON.stringify(cases.map((c) => [c.args, c.kwargs ?? {}, c.expected])))})
_ns = {"__name__": "solution"}
exec(compile(${JSON.stringify(question.referenceSolution)}, "solution.py", "exec"), _ns)
_fn = _ns[${JSON.stringify(question.entry)}]
_verdicts = [_fn(*a, **k) == e for a, k, e in _cases]
all(_verdicts)
`;

const check = await core.grade(request);
if (check.status !== "pass")
  throw new Error(`reference did not pass: ${JSON.stringify(check).slice(0, 500)}`);
if (pyodide.runPython(rawScript) !== true) throw new Error("raw run did not pass");

const graded: number[] = [];
const raw: number[] = [];
for (let i = 0; i < WARMUP + ITERATIONS; i++) {
  let t = performance.now();
  await core.grade(request);
  const g = performance.now() - t;
  t = performance.now();
  pyodide.runPython(rawScript);
  const r = performance.now() - t;
  if (i >= WARMUP) {
    graded.push(g);
    raw.push(r);
  }
}
const g = median(graded);
const r = median(raw);
const label = `(${question.id}, 10 cases, median of ${ITERATIONS})`;
emit({ name: `Python warm grade ${label}`, value: round(g), unit: "ms" });
emit({ name: "Python raw runPython, same 10 calls", value: round(r), unit: "ms" });
emit({ name: "Python grading / raw runPython", value: round(g / r), unit: "x", target: "<= 1.5" });
