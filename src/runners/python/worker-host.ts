/**
 * The worker side of the facade <-> worker protocol, independent of the worker flavour.
 *
 * A worker serves exactly one purpose in its life:
 * - a SNAPSHOT worker (`init` with `makeSnapshot`) boots Pyodide, installs the harness, sends back a
 *   memory snapshot of that clean interpreter and is then discarded: it never runs untrusted code;
 * - a JOB worker (`init` with `snapshot`, or a cold boot when snapshots are unavailable) restores
 *   the clean interpreter, then runs ONE job: it loads the job's packages, calls `lockdown()`
 *   (the host's removal of every capability worth stealing: network, storage, nested workers,
 *   messaging) and closes the Python -> JavaScript bridges, runs the untrusted code, streams its
 *   events and output, and answers `done`. The facade then terminates it, so nothing the code did
 *   (patched modules, files, scheduled callbacks) can reach another run.
 */
import type { PyodideInterface } from "pyodide";
import { createPythonCore, installHarness, type PythonCore } from "./python-core";
import type { FromWorker, JobFinal, ToWorker } from "./types";

/** Options for loading Pyodide in this worker. */
export interface LoadOptions {
  indexURL: string;
  makeSnapshot?: boolean;
  snapshot?: Uint8Array;
}

/** Transport, loader and lockdown of one worker. `post` must be a private reference captured
 * before any untrusted code runs. */
export interface WorkerHostDeps {
  post(message: FromWorker, transfer?: Transferable[]): void;
  listen(handler: (message: ToWorker) => void): void;
  loadPyodide(options: LoadOptions): Promise<PyodideInterface>;
  /** Remove the environment's capabilities (called once, right before untrusted code runs). */
  lockdown(): void;
}

type Snapshotting = PyodideInterface & { makeMemorySnapshot(): Uint8Array };

/** Serve the protocol until the worker is terminated. */
export function hostPythonWorker(deps: WorkerHostDeps): void {
  let core: PythonCore | undefined;
  let used = false;
  let queue: Promise<void> = Promise.resolve();

  const boot = async (msg: Extract<ToWorker, { type: "init" }>) => {
    try {
      const pyodide = await deps.loadPyodide({
        indexURL: msg.indexURL,
        makeSnapshot: msg.makeSnapshot,
        snapshot: msg.snapshot,
      });
      if (msg.makeSnapshot) {
        installHarness(pyodide);
        const snapshot = (pyodide as Snapshotting).makeMemorySnapshot();
        deps.post({ type: "ready", snapshot }, [snapshot.buffer as ArrayBuffer]);
        return;
      }
      core = createPythonCore(pyodide);
      if (msg.interruptBuffer) core.setInterruptBuffer(new Uint8Array(msg.interruptBuffer));
      deps.post({ type: "ready", restored: Boolean(msg.snapshot) });
    } catch (e) {
      deps.post({ type: "boot-failed", message: e instanceof Error ? e.message : String(e) });
    }
  };

  const runJob = async ({ id, job, packages, packageBaseUrl }: Extract<ToWorker, { type: "job" }>) => {
    const done = (final: JobFinal) => deps.post({ type: "done", id, final: JSON.stringify(final) });
    if (!core || used) {
      const message = used ? "This Python worker has already run a job." : "Python is not loaded.";
      done({ status: "error", error: { kind: "EngineUnavailable", message }, output: "", outputTotal: 0 });
      return;
    }
    used = true;
    const c = core;
    const final = await c.execute(
      job,
      {
        onStarted: () => {
          deps.lockdown();
          c.lockdown();
          deps.post({ type: "started", id });
        },
        onEvent: (event) => deps.post({ type: "event", id, event }),
        onOutput: (chunk) => deps.post({ type: "output", id, chunk }),
      },
      { packages, packageBaseUrl },
    );
    deps.post({ type: "done", id, final: JSON.stringify(final) });
  };

  deps.listen((msg) => {
    if (msg.type === "init") queue = queue.then(() => boot(msg));
    else if (msg.type === "job") queue = queue.then(() => runJob(msg));
  });
}
