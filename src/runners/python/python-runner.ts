/**
 * Main-thread facade of the Python runner: owns one Pyodide worker, boots it in the background,
 * queues grading requests, enforces the wall-clock limit and replaces crashed or stuck workers.
 *
 * Every failure (boot failure, timeout, crash) comes back from `grade()` as a GradeResult with
 * status `error`; nothing throws into the UI. Output streams through `onOutput` while the
 * returned promise resolves to the final result.
 */
import { capText, errorResult, OUTPUT_CAP_PER_RUN, type ErrorInfo } from "../../domain/grading/result";
import { timeoutError } from "./raw-result";
import {
  DEFAULT_TIME_LIMIT_MS,
  type FromWorker,
  type PythonGradeRequest,
  type PythonGradeResult,
  type WorkerPort,
} from "./types";

/** Lifecycle of the runner's worker: `idle` (nothing booted), `starting` (Pyodide loading),
 * `ready`, `running` (a grade is in progress), `failed` (the last boot failed; the next
 * `grade()` or `start()` tries again). */
export type PythonState = "idle" | "starting" | "ready" | "running" | "failed";

/** `createWorker` makes a module worker running python.worker.ts; `indexURL` is the absolute URL
 * of the self-hosted Pyodide files. `isolated`: whether SharedArrayBuffer interrupts can be used (default: crossOriginIsolated).
 * `graceMs`: how long an interrupt may take before the worker is terminated. */
export interface PythonRunnerOptions {
  createWorker: () => WorkerPort;
  indexURL: string;
  isolated?: boolean;
  graceMs?: number;
  bootTimeoutMs?: number;
}

/** Per-request options: `onOutput` receives printed output chunks while the code runs. */
export interface GradeOptions {
  onOutput?: (chunk: string) => void;
}

interface Job {
  id: number;
  limit: number;
  start: number;
  output: string;
  onOutput?: (chunk: string) => void;
  timers: ReturnType<typeof setTimeout>[];
  resolve: (result: PythonGradeResult) => void;
}

const now = () => performance.now();

/** Runs Python grading requests in a disposable Pyodide worker. */
export class PythonRunner {
  state: PythonState = "idle";
  private readonly opts: PythonRunnerOptions;
  private readonly listeners = new Set<(state: PythonState) => void>();
  private worker?: WorkerPort;
  private booting: Promise<void> = Promise.resolve();
  private bootSettled?: () => void;
  private bootError = "";
  private interrupt?: Uint8Array;
  private job?: Job;
  private chain: Promise<unknown> = Promise.resolve();
  private seq = 0;
  private disposed = false;

  constructor(opts: PythonRunnerOptions) {
    this.opts = opts;
  }

  /** Settles when the current boot attempt has finished (then `state` is "ready" or "failed").
   * Never rejects. Starts booting if nothing has started yet. */
  get ready(): Promise<void> {
    this.start();
    return this.booting;
  }

  /** Subscribe to state changes; returns the unsubscribe function. */
  onStateChange(listener: (state: PythonState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Boot a worker in the background if there is none (or the last boot failed). */
  start(): void {
    if (this.disposed || this.worker) return;
    this.boot();
  }

  /** Grade a request. Requests are queued; the first waits for the boot instead of failing. */
  grade(request: PythonGradeRequest, options: GradeOptions = {}): Promise<PythonGradeResult> {
    const run = this.chain.then(() => this.gradeNow(request, options));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Run code with no tests (a scratchpad run): status `pass` with its output, or `error`. */
  run(code: string, options: GradeOptions & { timeLimitMs?: number } = {}): Promise<PythonGradeResult> {
    return this.grade({ code, mode: "run", timeLimitMs: options.timeLimitMs }, options);
  }

  /** Stop the worker for good; a pending grade resolves with an error. */
  dispose(): void {
    this.disposed = true;
    this.finish(errorResult({ kind: "EngineUnavailable", message: "The Python runner was shut down." }, 0));
    this.killWorker();
    this.setState("idle");
    this.listeners.clear();
  }

  private setState(state: PythonState): void {
    if (this.state === state) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }

  private boot(): void {
    this.setState("starting");
    this.booting = new Promise<void>((resolve) => (this.bootSettled = resolve));
    const isolated =
      this.opts.isolated ??
      (typeof SharedArrayBuffer !== "undefined" && globalThis.crossOriginIsolated === true);
    const sab = isolated ? new SharedArrayBuffer(1) : undefined;
    this.interrupt = sab ? new Uint8Array(sab) : undefined;
    let worker: WorkerPort;
    try {
      worker = this.opts.createWorker();
    } catch (e) {
      this.bootFailed(`could not create the worker (${String(e)})`);
      return;
    }
    this.worker = worker;
    worker.addEventListener("message", (event: { data: FromWorker }) => this.onMessage(worker, event.data));
    worker.addEventListener("error", (event: { message?: string }) => this.onCrash(worker, event?.message));
    worker.addEventListener("messageerror", () => this.onCrash(worker, "a message could not be read"));
    worker.postMessage({ type: "init", indexURL: this.opts.indexURL, interruptBuffer: sab });
    const bootTimer = setTimeout(() => {
      if (this.worker === worker && this.state === "starting")
        this.onCrash(worker, "Python took too long to start");
    }, this.opts.bootTimeoutMs ?? 120_000);
    void this.booting.then(() => clearTimeout(bootTimer));
  }

  private bootFailed(message: string): void {
    this.bootError = message;
    this.killWorker();
    this.setState("failed");
    this.bootSettled?.();
  }

  private async gradeNow(request: PythonGradeRequest, options: GradeOptions): Promise<PythonGradeResult> {
    const start = now();
    if (this.disposed)
      return errorResult({ kind: "EngineUnavailable", message: "The Python runner was shut down." }, 0);
    this.start();
    await this.booting;
    const worker = this.worker;
    if (this.state !== "ready" || !worker) {
      const message = `Python could not start: ${this.bootError || "unknown reason"}.`;
      return errorResult({ kind: "EngineUnavailable", message }, Math.round(now() - start));
    }
    const limit = request.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    return new Promise<PythonGradeResult>((resolve) => {
      this.job = {
        id: ++this.seq,
        limit,
        start,
        output: "",
        onOutput: options.onOutput,
        timers: [],
        resolve,
      };
      if (this.interrupt) this.interrupt[0] = 0;
      this.setState("running");
      worker.postMessage({ type: "grade", id: this.job.id, request });
    });
  }

  private onMessage(worker: WorkerPort, msg: FromWorker): void {
    if (worker !== this.worker) return;
    if (msg.type === "ready") {
      this.setState("ready");
      this.bootSettled?.();
    } else if (msg.type === "boot-failed") {
      this.bootFailed(msg.message);
    } else if (this.job?.id !== msg.id) {
      return;
    } else if (msg.type === "started") {
      const job = this.job;
      job.timers.push(setTimeout(() => this.onTimeout(job), job.limit));
    } else if (msg.type === "output") {
      if (this.job.output.length < OUTPUT_CAP_PER_RUN) this.job.output += msg.chunk;
      try {
        this.job.onOutput?.(msg.chunk);
      } catch {
        // A broken UI callback must not break grading.
      }
    } else if (msg.type === "result") {
      this.finish(msg.result);
      if (msg.fatal) this.replaceWorker();
    }
  }

  private onTimeout(job: Job): void {
    if (this.job !== job) return;
    const stop = () => {
      if (this.job !== job) return;
      this.finish(
        errorResult(timeoutError(job.limit), Math.round(now() - job.start), this.partialOutput(job)),
      );
      this.replaceWorker();
    };
    if (this.interrupt) {
      this.interrupt[0] = 2; // SIGINT: Python raises KeyboardInterrupt; the core reports a Timeout.
      job.timers.push(setTimeout(stop, this.opts.graceMs ?? 1_000));
    } else {
      stop();
    }
  }

  private onCrash(worker: WorkerPort, detail?: string): void {
    if (worker !== this.worker) return;
    const reason = detail || "the worker stopped unexpectedly";
    if (this.state === "starting") {
      this.bootFailed(reason);
      return;
    }
    const job = this.job;
    const info: ErrorInfo = {
      kind: "WorkerCrashed",
      message: `Python crashed (${reason}). It has been restarted; run again.`,
    };
    if (job) this.finish(errorResult(info, Math.round(now() - job.start), this.partialOutput(job)));
    this.replaceWorker();
  }

  private partialOutput(job: Job): { output: string; outputTruncated: boolean } {
    const capped = capText(job.output, OUTPUT_CAP_PER_RUN);
    return { output: capped.text, outputTruncated: capped.truncated };
  }

  private finish(result: PythonGradeResult): void {
    const job = this.job;
    if (!job) return;
    job.timers.forEach(clearTimeout);
    this.job = undefined;
    if (this.state === "running") this.setState("ready");
    job.resolve(result);
  }

  private killWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    try {
      worker?.terminate();
    } catch {
      // Already gone.
    }
  }

  /** Terminate the current worker and boot a fresh one in the background. */
  private replaceWorker(): void {
    this.killWorker();
    if (!this.disposed) this.boot();
  }
}
