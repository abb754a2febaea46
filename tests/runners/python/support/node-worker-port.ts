import { Worker } from "node:worker_threads";
import type { ToWorker, WorkerPort } from "../../../../src/runners/python/types";

/** Adapts a node:worker_threads Worker running node-python-worker.mjs to the facade's WorkerPort.
 * An unexpected exit is reported as an `error` event, like a crashed browser worker. */
export class NodeWorkerPort implements WorkerPort {
  private readonly worker = new Worker(new URL("./node-python-worker.mjs", import.meta.url));
  private terminated = false;
  private readonly errorListeners: ((event: { message: string }) => void)[] = [];

  constructor() {
    this.worker.on("error", (err) => this.errorListeners.forEach((l) => l({ message: err.message })));
    this.worker.on("exit", (code) => {
      if (!this.terminated)
        this.errorListeners.forEach((l) => l({ message: `worker exited with code ${code}` }));
    });
  }

  postMessage(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors WorkerPort
  addEventListener(type: "message" | "error" | "messageerror", listener: (event: any) => void): void {
    if (type === "message") this.worker.on("message", (data) => listener({ data }));
    else if (type === "error") this.errorListeners.push(listener);
  }

  terminate(): void {
    this.terminated = true;
    void this.worker.terminate();
  }
}
