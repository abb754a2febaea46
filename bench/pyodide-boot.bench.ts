/**
 * One cold Pyodide boot in this (fresh) Node process: `loadPyodide()` from node_modules, then
 * installing the grading harness and a first trivial grade. scripts/bench.mjs runs it several
 * times in new processes and reports the median.
 */
import { loadPyodide } from "pyodide";
import { createPythonCore } from "../src/runners/python/python-core";

const t0 = performance.now();
const pyodide = await loadPyodide();
const loaded = performance.now();
const core = createPythonCore(pyodide);
const result = await core.grade({ code: "print(1)", mode: "run" });
const firstGrade = performance.now();
if (result.status !== "pass") throw new Error(`trivial run failed: ${JSON.stringify(result)}`);
console.log(`BOOT ${JSON.stringify({ loadMs: loaded - t0, readyMs: firstGrade - t0 })}`);
