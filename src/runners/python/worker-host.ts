/**
 * The worker side of the facade <-> worker protocol, independent of the worker flavour.
 *
 * `hostPythonWorker` boots Pyodide on `init`, then runs `grade` requests one at a time through
 * python-core, streaming `output` chunks and answering with `result`. The browser worker
 * (python.worker.ts) and the Node test worker both call it with their own transport.
 */
import type { PyodideInterface } from "pyodide";
import { errorResult } from "../../domain/grading/result";
import { createPythonCore, type PythonCore } from "./python-core";
import type { FromWorker, ToWorker } from "./types";

/** Transport and loader for one worker. */
export interface WorkerHostDeps {
  post(message: FromWorker): void;
  listen(handler: (message: ToWorker) => void): void;
  loadPyodide(indexURL: string): Promise<PyodideInterface>;
}

/** Serve the protocol until the worker is terminated. */
export function hostPythonWorker(deps: WorkerHostDeps): void {
  let core: PythonCore | undefined;
  let queue: Promise<void> = Promise.resolve();

  const boot = async (msg: Extract<ToWorker, { type: "init" }>) => {
    try {
      core = createPythonCore(await deps.loadPyodide(msg.indexURL));
      if (msg.interruptBuffer) core.setInterruptBuffer(new Uint8Array(msg.interruptBuffer));
      deps.post({ type: "ready" });
    } catch (e) {
      deps.post({ type: "boot-failed", message: e instanceof Error ? e.message : String(e) });
    }
  };

  const grade = async ({ id, request }: Extract<ToWorker, { type: "grade" }>) => {
    if (!core) {
      deps.post({
        type: "result",
        id,
        result: errorResult({ kind: "EngineUnavailable", message: "Python is not loaded." }, 0),
      });
      return;
    }
    try {
      const result = await core.grade(request, {
        onStarted: () => deps.post({ type: "started", id }),
        onOutput: (chunk) => deps.post({ type: "output", id, chunk }),
      });
      deps.post({ type: "result", id, result, fatal: core.fatal });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      deps.post({
        type: "result",
        id,
        result: errorResult({ kind: "InternalError", message }, 0),
        fatal: true,
      });
    }
  };

  deps.listen((msg) => {
    if (msg.type === "init") queue = queue.then(() => boot(msg));
    else if (msg.type === "grade") queue = queue.then(() => grade(msg));
  });
}
