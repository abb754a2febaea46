/**
 * The SQL web worker: a thin shell that loads sql.js with the wasm URL the facade sends
 * (`locateFile: () => wasmUrl`) and hands every message to the handler. Create it as a module
 * worker: `new Worker(new URL("./sql.worker.ts", import.meta.url), { type: "module" })`.
 */
import initSqlJs from "sql.js";
import { createSqlWorkerHandler } from "./sql-worker-handler";
import type { SqlWorkerRequest, SqlWorkerResponse } from "./types";

const scope = self as unknown as {
  postMessage(message: SqlWorkerResponse): void;
  onmessage: ((ev: MessageEvent<SqlWorkerRequest>) => void) | null;
};

const handle = createSqlWorkerHandler(
  (wasmUrl) => initSqlJs({ locateFile: () => wasmUrl }),
  (message) => scope.postMessage(message),
);

scope.onmessage = (ev) => {
  void handle(ev.data);
};
