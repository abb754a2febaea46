/**
 * Browser wiring for the SQL runner: the wasm URL (served from the app's own origin by Vite's
 * `?url` import) and a factory for the module worker. Only the app imports this file; tests
 * create their own workers.
 */
import wasmUrl from "sql.js/dist/sql-wasm.wasm?url";
import { createInheritingWorker } from "../csp-worker";
import { SqlRunner } from "./sql-runner";
import sqlWorkerUrl from "./sql.worker.ts?worker&url";

export { wasmUrl as sqlWasmUrl };

/** A new SQL worker (ES module worker, bundled by Vite, under the page's CSP). */
export function createSqlWorker(): Worker {
  return createInheritingWorker(sqlWorkerUrl, "sql");
}

/** A runner wired to the real worker and wasm; call once and share it. */
export function createBrowserSqlRunner(): SqlRunner {
  return new SqlRunner({ createWorker: createSqlWorker, wasmUrl });
}
