/**
 * Main-thread facade of the SQL runner. It owns one worker running sql.js, sends typed requests
 * with ids, and enforces time limits: sql.js cannot interrupt a query, so on timeout the worker
 * is terminated and a fresh one is booted; a crashed worker is replaced the same way. Requests
 * run one at a time (the clock starts when a request is sent, not while it queues or the engine
 * boots). Every failure comes back as a value (an `error` GradeResult or `{ error }`); no method
 * rejects.
 */
import { errorResult, type ErrorInfo, type GradeResult } from "../../domain/grading/result";
import type {
  ExploreResult,
  SchemaInfoResult,
  SqlGradeRequest,
  SqlWorkerRequest,
  SqlWorkerResponse,
} from "./types";

/** The part of `Worker` the runner uses (a browser Worker fits; tests pass adapters). */
export type SqlWorkerLike = Pick<
  Worker,
  "postMessage" | "terminate" | "onmessage" | "onerror" | "onmessageerror"
>;

export interface SqlRunnerOptions {
  createWorker: () => SqlWorkerLike;
  /** URL of sql-wasm.wasm, passed to the worker's `locateFile`. */
  wasmUrl: string;
  /** Time limit for requests without their own (explore, schemaInfo; grade default). Default 5000. */
  defaultTimeLimitMs?: number;
  /** How long a worker may take to load sql.js. Default 30000. */
  bootTimeoutMs?: number;
}

interface Pending {
  onResponse: (msg: SqlWorkerResponse) => void;
  onFailure: (error: ErrorInfo) => void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type RequestBody = DistributiveOmit<SqlWorkerRequest, "id">;

/**
 * Runs SQL grading, free queries and schema descriptions in a disposable worker. `ready`
 * resolves when the current worker has loaded sql.js (and rejects if that failed; calls still
 * resolve, with an "EngineLoadError"); calls made earlier wait for it. Error kinds produced here:
 * "Timeout", "WorkerCrashed", "EngineLoadError", "Disposed" (plus the core's "SQLiteError",
 * "QuestionError", "NoResult", "ResultTooLarge").
 */
export class SqlRunner {
  private worker: SqlWorkerLike | undefined;
  private boot: Promise<void> = Promise.resolve();
  private generation = 0;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;
  private readonly defaultTimeLimitMs: number;
  private readonly bootTimeoutMs: number;

  constructor(private readonly opts: SqlRunnerOptions) {
    this.defaultTimeLimitMs = opts.defaultTimeLimitMs ?? 5_000;
    this.bootTimeoutMs = opts.bootTimeoutMs ?? 30_000;
    this.start();
  }

  /** Resolves once the current worker's engine is loaded. Replaced when the worker is. */
  get ready(): Promise<void> {
    return this.boot;
  }

  /** Grade an answer (see `gradeSql`); time limit `req.timeLimitMs` (default 5000 ms). */
  grade(req: SqlGradeRequest): Promise<GradeResult> {
    const started = Date.now();
    return this.call(
      { type: "grade", request: req },
      req.timeLimitMs ?? this.defaultTimeLimitMs,
      (msg) => (msg.type === "grade" ? msg.result : undefined),
      (error) => errorResult(error, Date.now() - started),
    );
  }

  /** Run a free query on a fresh database built from `schema` + `seed` (see `exploreSql`). */
  explore(schema: string, seed: string, query: string): Promise<ExploreResult> {
    return this.call(
      { type: "explore", schema, seed, query },
      this.defaultTimeLimitMs,
      (msg) => (msg.type === "explore" ? msg.result : undefined),
      (error) => ({ error }),
    );
  }

  /** Tables, columns and sample rows for the schema browser (see `schemaInfo`). */
  schemaInfo(schema: string, seed: string): Promise<SchemaInfoResult> {
    return this.call(
      { type: "schemaInfo", schema, seed },
      this.defaultTimeLimitMs,
      (msg) => (msg.type === "schemaInfo" ? msg.result : undefined),
      (error) => ({ error }),
    );
  }

  /** Terminate the worker; pending and later calls resolve with a "Disposed" error. */
  dispose(): void {
    this.disposed = true;
    this.stop({ kind: "Disposed", message: "The SQL runner was shut down." });
  }

  private start(): void {
    const gen = ++this.generation;
    let worker: SqlWorkerLike;
    try {
      worker = this.opts.createWorker();
    } catch (e) {
      this.worker = undefined;
      this.boot = Promise.reject(new Error(`Could not start the SQL worker: ${String(e)}`));
      this.boot.catch(() => {});
      return;
    }
    this.worker = worker;
    const id = this.nextId++;
    this.boot = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`The SQL engine did not load within ${this.bootTimeoutMs} ms.`));
      }, this.bootTimeoutMs);
      this.pending.set(id, {
        onResponse: (msg) => {
          clearTimeout(timer);
          if (msg.type === "init" && msg.ok) resolve();
          else reject(new Error(msg.type === "init" && !msg.ok ? msg.message : "Unexpected reply to init."));
        },
        onFailure: (error) => {
          clearTimeout(timer);
          reject(new Error(error.message));
        },
      });
    });
    this.boot.catch(() => {}); // observed by callers; avoid unhandled-rejection noise
    worker.onmessage = (ev: MessageEvent) => {
      if (gen !== this.generation) return;
      const msg = ev.data as SqlWorkerResponse;
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      p.onResponse(msg);
    };
    const crashed = (what: string) => (ev: Event) => {
      ev.preventDefault?.();
      if (gen !== this.generation) return;
      const detail = (ev as ErrorEvent).message;
      this.restart({
        kind: "WorkerCrashed",
        message: `The SQL worker ${what}${detail ? `: ${detail}` : ""}. It was restarted.`,
      });
    };
    worker.onerror = crashed("crashed");
    worker.onmessageerror = crashed("sent an unreadable message");
    worker.postMessage({ id, type: "init", wasmUrl: this.opts.wasmUrl } satisfies SqlWorkerRequest);
  }

  /** Terminate the current worker and fail everything pending on it with `error`. */
  private stop(error: ErrorInfo): void {
    this.generation++;
    try {
      this.worker?.terminate();
    } catch {
      /* already gone */
    }
    this.worker = undefined;
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const p of failed) p.onFailure(error);
  }

  private restart(error: ErrorInfo): void {
    this.stop(error);
    if (!this.disposed) this.start();
  }

  private call<T>(
    body: RequestBody,
    timeLimitMs: number,
    pick: (msg: SqlWorkerResponse) => T | undefined,
    fail: (error: ErrorInfo) => T,
  ): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.disposed) return fail({ kind: "Disposed", message: "The SQL runner was shut down." });
      try {
        await this.boot;
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        this.restart({ kind: "EngineLoadError", message }); // the next call retries with a fresh worker
        return fail({ kind: "EngineLoadError", message });
      }
      const worker = this.worker;
      if (!worker) return fail({ kind: "Disposed", message: "The SQL runner was shut down." });
      return new Promise<T>((resolve) => {
        const id = this.nextId++;
        const timer = setTimeout(() => {
          this.pending.delete(id);
          resolve(
            fail({
              kind: "Timeout",
              message: `Your query ran longer than ${timeLimitMs} ms and was stopped (an unbounded recursive CTE or a huge join?).`,
            }),
          );
          this.restart({ kind: "WorkerCrashed", message: "The SQL worker was restarted." });
        }, timeLimitMs);
        this.pending.set(id, {
          onResponse: (msg) => {
            clearTimeout(timer);
            const value = pick(msg);
            resolve(
              value ??
                fail({
                  kind: "WorkerCrashed",
                  message: `Unexpected reply "${msg.type}" from the SQL worker.`,
                }),
            );
            if ("fatal" in msg && msg.fatal)
              this.restart({ kind: "WorkerCrashed", message: "The SQL engine crashed." });
          },
          onFailure: (error) => {
            clearTimeout(timer);
            resolve(fail(error));
          },
        });
        try {
          worker.postMessage({ ...body, id } as SqlWorkerRequest);
        } catch (e) {
          clearTimeout(timer);
          this.pending.delete(id);
          resolve(
            fail({
              kind: "WorkerCrashed",
              message: `Could not send the request to the SQL worker: ${String(e)}`,
            }),
          );
        }
      });
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }
}
