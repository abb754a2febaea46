/**
 * The app's code engines, created on first use and shared: one Python runner (Pyodide in single-use
 * module workers created from `blob:` URLs so they inherit the page's CSP, files served from this
 * origin under `pyodide/`) and one SQL runner (sql.js in a worker).
 * The Python runner's state (starting / ready / running / failed) is mirrored into the store.
 */
import { createInheritingWorker } from "../runners/csp-worker";
import { PythonRunner, type PythonState } from "../runners/python/python-runner";
import pythonWorkerUrl from "../runners/python/python.worker.ts?worker&url";
import type { SqlRunner } from "../runners/sql/sql-runner";

let python: PythonRunner | undefined;
let sql: Promise<SqlRunner> | undefined;
const stateListeners = new Set<(s: PythonState) => void>();

/** Subscribe to the Python engine's state. */
export function onPythonState(cb: (s: PythonState) => void): () => void {
  stateListeners.add(cb);
  return () => stateListeners.delete(cb);
}

export function getPythonRunner(): PythonRunner {
  if (!python) {
    python = new PythonRunner({
      createWorker: () => createInheritingWorker(pythonWorkerUrl, "python"),
      indexURL: new URL("pyodide/", document.baseURI).href,
    });
    python.onStateChange((s) => stateListeners.forEach((l) => l(s)));
  }
  return python;
}

/** Boot Python in the background (used once the app is idle after first paint). */
export function preloadPython(): void {
  getPythonRunner().start();
}

/** The SQL runner; its module (and sql.js's wasm URL) loads on first use. */
export function getSqlRunner(): Promise<SqlRunner> {
  sql ??= import("../runners/sql/sql-assets").then((m) => m.createBrowserSqlRunner());
  return sql;
}
