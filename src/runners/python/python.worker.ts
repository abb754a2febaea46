/**
 * Module web worker running Pyodide. Create it with
 * `new Worker(new URL("./python.worker.ts", import.meta.url), { type: "module" })`.
 *
 * Pyodide itself is imported at runtime from `indexURL` (the app's own origin, e.g.
 * `new URL("pyodide/", document.baseURI).href`), so it is never bundled or fetched from a CDN.
 */
import type { PyodideInterface } from "pyodide";
import { hostPythonWorker } from "./worker-host";
import type { FromWorker, ToWorker } from "./types";

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: { data: ToWorker }) => void): void;
}

const scope = self as unknown as WorkerScope;

// Defence in depth: Python code can (with effort) reach this worker's global scope, and pack code
// comes from strangers. The worker never needs the origin's storage, so remove it from reach.
for (const name of ["indexedDB", "caches", "localStorage", "sessionStorage"]) {
  for (let o: object | null = self; o; o = Object.getPrototypeOf(o)) {
    try {
      if (Object.prototype.hasOwnProperty.call(o, name)) delete (o as Record<string, unknown>)[name];
    } catch {
      /* non-configurable: nothing more to do */
    }
  }
}

hostPythonWorker({
  post: (message) => scope.postMessage(message),
  listen: (handler) => scope.addEventListener("message", (event) => handler(event.data)),
  loadPyodide: async (indexURL) => {
    const base = indexURL.endsWith("/") ? indexURL : `${indexURL}/`;
    const mod = (await import(/* @vite-ignore */ `${base}pyodide.mjs`)) as {
      loadPyodide(options: { indexURL: string }): Promise<PyodideInterface>;
    };
    return mod.loadPyodide({ indexURL: base });
  },
});
