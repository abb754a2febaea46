// Worker-thread entry used by tests: the same handler as src/runners/sql/sql.worker.ts, with
// node:worker_threads instead of the browser worker global. Bundled by the test before use.
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import type initSqlJsType from "sql.js";
import { createSqlWorkerHandler } from "../../../src/runners/sql/sql-worker-handler";
import type { SqlWorkerRequest } from "../../../src/runners/sql/types";

const require = createRequire((workerData as { requireFrom: string }).requireFrom);
const initSqlJs = require("sql.js") as typeof initSqlJsType;
const port = parentPort!;
const handle = createSqlWorkerHandler(
  (wasmUrl) => initSqlJs({ locateFile: () => wasmUrl }),
  (message) => port.postMessage(message),
);
port.on("message", (message: SqlWorkerRequest) => {
  void handle(message);
});
