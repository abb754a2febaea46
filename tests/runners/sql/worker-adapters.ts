// Worker-like adapters for testing SqlRunner in Node: a real worker thread, and an in-process fake.
import { Worker as NodeWorker } from "node:worker_threads";
import type { SqlJsStatic } from "sql.js";
import type { SqlWorkerLike } from "../../../src/runners/sql/sql-runner";
import { createSqlWorkerHandler } from "../../../src/runners/sql/sql-worker-handler";
import type { SqlWorkerRequest, SqlWorkerResponse } from "../../../src/runners/sql/types";

type Handlers = Pick<SqlWorkerLike, "onmessage" | "onerror" | "onmessageerror">;

abstract class WorkerBase implements SqlWorkerLike {
  onmessage: Handlers["onmessage"] = null;
  onerror: Handlers["onerror"] = null;
  onmessageerror: Handlers["onmessageerror"] = null;
  terminated = false;
  abstract postMessage(message: unknown): void;
  abstract terminate(): void;
  protected deliver(data: SqlWorkerResponse): void {
    this.onmessage?.call(this as never, { data } as MessageEvent);
  }
  /** Raise an error event as a browser worker would after an uncaught error. */
  emitError(message: string): void {
    this.onerror?.call(this as never, { message, preventDefault() {} } as unknown as ErrorEvent);
  }
}

/** A Worker-like wrapper over node:worker_threads running the bundled worker entry. */
export class NodeThreadWorker extends WorkerBase {
  private readonly thread: NodeWorker;
  constructor(file: string, requireFrom: string) {
    super();
    this.thread = new NodeWorker(file, { workerData: { requireFrom } });
    this.thread.on("message", (data: SqlWorkerResponse) => this.deliver(data));
    this.thread.on("error", (err: Error) => this.emitError(err.message));
    this.thread.on("exit", (code) => {
      if (!this.terminated) this.emitError(`worker thread exited with code ${code}`);
    });
  }
  postMessage(message: unknown): void {
    this.thread.postMessage(message);
  }
  terminate(): void {
    this.terminated = true;
    void this.thread.terminate();
  }
  /** Kill the thread from outside, as a crash would. */
  kill(): Promise<number> {
    return this.thread.terminate();
  }
}

export interface FakeOptions {
  /** Never answer requests whose SQL matches (simulates a runaway query). */
  hangOn?: RegExp;
  /** Fail the init step. */
  failInit?: boolean;
  bootDelayMs?: number;
}

/** An in-process worker running the real handler and sql.js asynchronously. */
export class FakeWorker extends WorkerBase {
  readonly received: SqlWorkerRequest[] = [];
  private readonly handle: (m: SqlWorkerRequest) => Promise<void>;
  constructor(
    SQL: SqlJsStatic,
    private readonly opts: FakeOptions = {},
  ) {
    super();
    this.handle = createSqlWorkerHandler(
      async () => {
        await new Promise((r) => setTimeout(r, opts.bootDelayMs ?? 0));
        if (opts.failInit) throw new Error("wasm fetch failed");
        return SQL;
      },
      (m) => {
        if (!this.terminated) this.deliver(m);
      },
    );
  }
  postMessage(message: unknown): void {
    const m = message as SqlWorkerRequest;
    this.received.push(m);
    if (this.terminated) return;
    if (this.opts.hangOn && m.type === "grade" && this.opts.hangOn.test(m.request.query)) return;
    if (this.opts.hangOn && m.type === "explore" && this.opts.hangOn.test(m.query)) return;
    setTimeout(() => void this.handle(m), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}
