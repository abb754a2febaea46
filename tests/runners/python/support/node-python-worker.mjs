// A worker_threads worker that hosts the real runner protocol (worker-host.ts + python-core.ts)
// with Pyodide loaded from node_modules, so the facade can be tested in Node (snapshots included).
import { register } from "node:module";
import { parentPort } from "node:worker_threads";

register("./ts-loader.mjs", import.meta.url);

// Messages can arrive while the modules below load: queue them until the host listens.
let deliver;
const early = [];
parentPort.on("message", (msg) => {
  // Test hook: a job with this exact code kills the worker like a crash would.
  if (msg?.type === "job" && msg.job?.code === "#crash-the-worker") throw new Error("simulated worker crash");
  if (deliver) deliver(msg);
  else early.push(msg);
});

const { hostPythonWorker } = await import("../../../../src/runners/python/worker-host.ts");
const { loadPyodide } = await import("pyodide");

hostPythonWorker({
  post: (message, transfer) => parentPort.postMessage(message, transfer ?? []),
  listen: (handler) => {
    deliver = handler;
    early.splice(0).forEach(handler);
  },
  loadPyodide: ({ makeSnapshot, snapshot }) =>
    loadPyodide({
      ...(makeSnapshot ? { _makeSnapshot: true } : {}),
      ...(snapshot ? { _loadSnapshot: snapshot } : {}),
    }),
  lockdown: () => {
    for (const name of ["fetch", "WebSocket", "EventSource"]) delete globalThis[name];
  },
});
