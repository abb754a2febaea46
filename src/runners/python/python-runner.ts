/**
 * Main-thread facade of the Python runner. Every job runs in a FRESH single-use worker, so nothing
 * one run does (patched modules, files, scheduled callbacks, a compromised JavaScript realm) can
 * reach the next one: a worker that ran untrusted code is always terminated.
 *
 * To make that cheap, the first worker boots Pyodide, installs the harness and hands back a memory
 * snapshot of that clean interpreter without ever running untrusted code; each job worker restores
 * it (a few hundred ms instead of a cold boot of seconds) and one spare is kept booted ahead, so a
 * run normally starts at once. Where snapshots fail, job workers cold-boot instead (slower, same
 * guarantees).
 *
 * The facade is the trusted side: it plans the job (no expected values or references cross into
 * the worker), enforces the run's wall-clock limit and per-test budgets, and judges the plain
 * values the worker reports (job-plan.ts). Every failure (boot failure, timeout, crash) comes back
 * from `grade()` as a GradeResult; nothing throws into the UI.
 */
import { capText, errorResult, OUTPUT_CAP_PER_RUN } from "../../domain/grading/result";
import {
  generateJob,
  judge,
  parseEvents,
  planJob,
  readGenerated,
  seconds,
  timeoutError,
  type GeneratedCases,
  type RunEnd,
} from "./job-plan";
import {
  DEFAULT_TIME_LIMIT_MS,
  type FromWorker,
  type JobFinal,
  type PythonGradeRequest,
  type PythonGradeResult,
  type PythonJob,
  type WorkerPort,
} from "./types";

/** Lifecycle: `idle` (nothing booted), `starting` (the first worker is loading), `ready`,
 * `running` (a job is in progress), `failed` (the last boot failed; the next `grade()` or `start()`
 * tries again). */
export type PythonState = "idle" | "starting" | "ready" | "running" | "failed";

/** `createWorker` makes a module worker running python.worker.ts; `indexURL` is the absolute URL
 * of the self-hosted Pyodide files. `isolated`: whether SharedArrayBuffer interrupts can be used
 * (default: crossOriginIsolated); they only serve per-test budgets, since a run past its limit is
 * stopped by terminating its worker. `graceMs`: how long a per-test interrupt may take.
 * `snapshots`: restore job workers from a memory snapshot (default true). */
export interface PythonRunnerOptions {
  createWorker: () => WorkerPort;
  indexURL: string;
  isolated?: boolean;
  graceMs?: number;
  bootTimeoutMs?: number;
  snapshots?: boolean;
}

/** Per-request options: `onOutput` receives printed output chunks while the code runs. */
export interface GradeOptions {
  onOutput?: (chunk: string) => void;
}

/** What a job produced, as seen from here. */
interface JobOutcome {
  final?: JobFinal;
  events: string[];
  end: RunEnd;
}

interface Slot {
  worker: WorkerPort;
  interrupt?: Uint8Array;
  ready: Promise<string | undefined>;
  handle?: (msg: FromWorker) => void;
  crash?: (reason: string) => void;
  bootMs?: number;
}

const now = () => performance.now();
const GENERATED_CACHE = 32;

/** Runs Python grading requests, each in a fresh Pyodide worker. */
export class PythonRunner {
  state: PythonState = "idle";
  /** How long the last job worker took to boot, in ms (for benchmarks and the README). */
  lastBootMs?: number;
  /** Whether job workers restore a snapshot (false after a snapshot failure: cold boots). */
  snapshotInUse = false;
  private readonly opts: PythonRunnerOptions;
  private readonly listeners = new Set<(state: PythonState) => void>();
  private snapshot?: Promise<Uint8Array | undefined>;
  private spare?: Slot;
  private current?: Slot;
  private booting?: Promise<void>;
  private chain: Promise<unknown> = Promise.resolve();
  private seq = 0;
  private disposed = false;
  private bootError = "";
  private readonly generated = new Map<string, GeneratedCases>();
  private cancelCurrent?: () => void;

  constructor(opts: PythonRunnerOptions) {
    this.opts = opts;
  }

  /** Settles when the first worker has booted (then `state` is "ready" or "failed"). Never
   * rejects. Starts booting if nothing has started yet. */
  get ready(): Promise<void> {
    this.start();
    return this.booting ?? Promise.resolve();
  }

  /** Subscribe to state changes; returns the unsubscribe function. */
  onStateChange(listener: (state: PythonState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Boot a spare worker in the background if there is none. */
  start(): void {
    if (this.disposed || this.spare) return;
    if (this.state === "idle" || this.state === "failed") this.setState("starting");
    const slot = this.bootSlot();
    this.spare = slot;
    this.booting = slot.ready.then((problem) => {
      if (this.disposed || this.spare !== slot) return;
      if (problem) {
        this.bootError = problem;
        this.spare = undefined;
        this.kill(slot);
        if (this.state !== "running") this.setState("failed");
      } else if (this.state === "starting" || this.state === "failed") {
        this.setState("ready");
      }
    });
  }

  /** Grade a request. Requests are queued; the first waits for the boot instead of failing. */
  grade(request: PythonGradeRequest, options: GradeOptions = {}): Promise<PythonGradeResult> {
    const run = this.chain.then(() => this.gradeNow(request, options));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Run code with no tests (a scratchpad run): status `pass` with its output, or `error`. */
  run(
    code: string,
    options: GradeOptions & { timeLimitMs?: number; files?: Record<string, string>; module?: string } = {},
  ): Promise<PythonGradeResult> {
    return this.grade(
      { code, mode: "run", timeLimitMs: options.timeLimitMs, files: options.files, module: options.module },
      options,
    );
  }

  /** Stop every worker for good; a pending grade resolves with an error. */
  dispose(): void {
    this.disposed = true;
    this.cancelCurrent?.();
    if (this.spare) this.kill(this.spare);
    if (this.current) this.kill(this.current);
    this.spare = this.current = undefined;
    this.setState("idle");
    this.listeners.clear();
  }

  private setState(state: PythonState): void {
    if (this.state === state) return;
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }

  private isolated(): boolean {
    return (
      this.opts.isolated ??
      (typeof SharedArrayBuffer !== "undefined" && globalThis.crossOriginIsolated === true)
    );
  }

  /** A memory snapshot of a clean interpreter, made once by a worker that runs no untrusted code. */
  private getSnapshot(): Promise<Uint8Array | undefined> {
    if (this.opts.snapshots === false) return Promise.resolve(undefined);
    this.snapshot ??= new Promise<Uint8Array | undefined>((resolve) => {
      let worker: WorkerPort;
      try {
        worker = this.opts.createWorker();
      } catch {
        resolve(undefined);
        return;
      }
      const done = (snap?: Uint8Array) => {
        clearTimeout(timer);
        try {
          worker.terminate();
        } catch {
          /* gone */
        }
        resolve(snap);
      };
      const timer = setTimeout(() => done(undefined), this.opts.bootTimeoutMs ?? 120_000);
      worker.addEventListener("message", (event: { data: FromWorker }) => {
        const msg = event.data;
        if (msg.type === "ready") done(msg.snapshot instanceof Uint8Array ? msg.snapshot : undefined);
        else if (msg.type === "boot-failed") done(undefined);
      });
      worker.addEventListener("error", () => done(undefined));
      worker.postMessage({ type: "init", indexURL: this.opts.indexURL, makeSnapshot: true });
    }).then((snap) => {
      this.snapshotInUse = Boolean(snap);
      return snap;
    });
    return this.snapshot;
  }

  /** Create a job worker and boot it (from the snapshot when there is one). `ready` resolves to
   * undefined when booted, or to the reason it could not boot. */
  private bootSlot(): Slot {
    const start = now();
    const sab = this.isolated() ? new SharedArrayBuffer(1) : undefined;
    const slot: Slot = { worker: undefined as unknown as WorkerPort, ready: Promise.resolve(undefined) };
    if (sab) slot.interrupt = new Uint8Array(sab);
    slot.ready = this.getSnapshot().then(
      (snapshot) =>
        new Promise<string | undefined>((resolve) => {
          if (this.disposed) return resolve("the Python runner was shut down");
          try {
            slot.worker = this.opts.createWorker();
          } catch (e) {
            return resolve(`could not create the worker (${String(e)})`);
          }
          let booted = false;
          const timer = setTimeout(() => {
            if (!booted) resolve("Python took too long to start");
          }, this.opts.bootTimeoutMs ?? 120_000);
          slot.worker.addEventListener("message", (event: { data: FromWorker }) => {
            const msg = event.data;
            if (!booted) {
              if (msg.type === "ready") {
                booted = true;
                clearTimeout(timer);
                slot.bootMs = now() - start;
                // A timeline entry for `npm run bench` (the cost of a fresh interpreter per run).
                try {
                  performance.measure(snapshot ? "python-worker-restore" : "python-worker-cold-boot", {
                    start,
                    end: now(),
                  });
                } catch {
                  /* no user timing here */
                }
                resolve(undefined);
              } else if (msg.type === "boot-failed") {
                clearTimeout(timer);
                resolve(msg.message);
              }
              return;
            }
            slot.handle?.(msg);
          });
          const crashed = (reason: string) => {
            if (!booted) {
              clearTimeout(timer);
              resolve(reason);
            } else slot.crash?.(reason);
          };
          slot.worker.addEventListener("error", (event: { message?: string }) =>
            crashed(event?.message || "the worker stopped unexpectedly"),
          );
          slot.worker.addEventListener("messageerror", () => crashed("a message could not be read"));
          slot.worker.postMessage({
            type: "init",
            indexURL: this.opts.indexURL,
            interruptBuffer: sab,
            ...(snapshot ? { snapshot } : {}),
          });
        }),
    );
    return slot;
  }

  private kill(slot: Slot): void {
    slot.handle = slot.crash = undefined;
    try {
      slot.worker?.terminate();
    } catch {
      /* already gone */
    }
  }

  /** The booted spare (booting one if needed), and the next spare started in the background. A
   * spare that failed (it may have died with a previous run's process) is replaced once. */
  private async takeSlot(retry = true): Promise<Slot | string> {
    this.start();
    const slot = this.spare!;
    const problem = await slot.ready;
    if (this.spare === slot) this.spare = undefined;
    if (problem) {
      this.bootError = problem;
      this.kill(slot);
      if (retry && !this.disposed) return this.takeSlot(false);
      return problem;
    }
    this.lastBootMs = slot.bootMs;
    this.start();
    return slot;
  }

  private async gradeNow(request: PythonGradeRequest, options: GradeOptions): Promise<PythonGradeResult> {
    const start = now();
    if (this.disposed)
      return errorResult({ kind: "EngineUnavailable", message: "The Python runner was shut down." }, 0);
    const limitMs = request.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    let generated: GeneratedCases | undefined;
    if (request.generated && request.mode === "submit") {
      const got = await this.generatedFor(request, limitMs);
      if ("kind" in got) return errorResult(got, Math.round(now() - start));
      generated = got;
    }
    const { job, notRun } = planJob(request, generated);
    const outcome = await this.runJob(job, {
      limitMs,
      testLimitMs: request.testTimeLimitMs,
      packages: request.packages,
      packageBaseUrl: request.packageBaseUrl,
      onOutput: options.onOutput,
    });
    if (typeof outcome === "string") {
      const message = `Python could not start: ${outcome}.`;
      return errorResult({ kind: "EngineUnavailable", message }, Math.round(now() - start));
    }
    const { cases } = parseEvents(outcome.events);
    outcome.end.durationMs = Math.round(now() - start);
    return judge(request, notRun, cases, outcome.final, outcome.end, generated);
  }

  /** Inputs and expected values of a question's generated check, computed once per question in a
   * worker of their own (never beside candidate code). */
  private async generatedFor(
    request: PythonGradeRequest,
    limitMs: number,
  ): Promise<GeneratedCases | { kind: string; message: string }> {
    const g = request.generated!;
    const key = JSON.stringify([g.generator, g.reference, request.entry, g.seed, g.count]);
    const hit = this.generated.get(key);
    if (hit) return hit;
    const outcome = await this.runJob(generateJob(request), { limitMs: Math.max(limitMs, 10_000) });
    if (typeof outcome === "string")
      return { kind: "EngineUnavailable", message: `Python could not start: ${outcome}.` };
    if (!outcome.final || outcome.end.stopped)
      return {
        kind: "QuestionError",
        message:
          "The question's generated check did not finish (its generator or reference ran too long or crashed).",
      };
    const read = readGenerated(outcome.final);
    if ("kind" in read) return read;
    this.generated.set(key, read);
    if (this.generated.size > GENERATED_CACHE) this.generated.delete(this.generated.keys().next().value!);
    return read;
  }

  /** Run one job in a fresh worker; the worker is terminated afterwards whatever happened. */
  private async runJob(
    job: PythonJob,
    o: {
      limitMs: number;
      testLimitMs?: number;
      packages?: string[];
      packageBaseUrl?: string;
      onOutput?: (chunk: string) => void;
    },
  ): Promise<JobOutcome | string> {
    const slot = await this.takeSlot();
    if (typeof slot === "string") return slot;
    if (this.disposed) {
      this.kill(slot);
      return "the Python runner was shut down";
    }
    this.current = slot;
    this.setState("running");
    const id = ++this.seq;
    const events: string[] = [];
    const interrupted = new Set<string>();
    let streamed = "";
    let running: string | undefined;
    let runTimer: ReturnType<typeof setTimeout> | undefined;
    let testTimer: ReturnType<typeof setTimeout> | undefined;
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const end: RunEnd = { interrupted, durationMs: 0, limitMs: o.limitMs, testLimitMs: o.testLimitMs };

    return new Promise<JobOutcome>((resolve) => {
      let settled = false;
      const finish = (final?: JobFinal, stopped?: RunEnd["stopped"]) => {
        if (settled) return;
        settled = true;
        [runTimer, testTimer, graceTimer].forEach((t) => t !== undefined && clearTimeout(t));
        this.kill(slot);
        if (this.current === slot) this.current = undefined;
        this.cancelCurrent = undefined;
        if (this.state === "running") this.setState(this.disposed ? "idle" : "ready");
        if (stopped) {
          end.stopped = stopped;
          if (running) end.runningId = running;
        }
        const capped = capText(streamed, OUTPUT_CAP_PER_RUN);
        resolve({
          final: final ?? { status: "ok", output: capped.text, outputTotal: streamed.length },
          events,
          end,
        });
      };
      this.cancelCurrent = () =>
        finish(undefined, { kind: "WorkerCrashed", message: "The Python runner was shut down." });
      const stopForTest = (testId: string) => {
        interrupted.add(testId);
        const budget = `A test ran longer than its ${seconds(o.testLimitMs ?? 0)} s budget`;
        if (slot.interrupt) {
          slot.interrupt[0] = 2; // SIGINT: the harness marks this test and goes on with the next
          graceTimer = setTimeout(() => {
            if (running === testId)
              finish(undefined, { kind: "Timeout", message: `${budget} and could not be stopped.` });
          }, this.opts.graceMs ?? 1_000);
        } else {
          finish(undefined, { kind: "Timeout", message: `${budget} and was stopped.` });
        }
      };
      slot.crash = (reason) =>
        finish(undefined, {
          kind: "WorkerCrashed",
          message: `Python crashed (${reason}). It has been restarted; run again.`,
        });
      slot.handle = (msg) => {
        if (!("id" in msg) || msg.id !== id) return;
        if (msg.type === "started") {
          runTimer = setTimeout(
            () => finish(undefined, { kind: "Timeout", message: timeoutError(o.limitMs).message }),
            o.limitMs,
          );
        } else if (msg.type === "output") {
          if (typeof msg.chunk !== "string") return;
          if (streamed.length < OUTPUT_CAP_PER_RUN) streamed += msg.chunk;
          try {
            o.onOutput?.(msg.chunk);
          } catch {
            // A broken UI callback must not break grading.
          }
        } else if (msg.type === "event") {
          if (typeof msg.event !== "string") return;
          events.push(msg.event);
          const head = parseEvents([msg.event]);
          if (testTimer !== undefined) clearTimeout(testTimer);
          if (graceTimer !== undefined) clearTimeout(graceTimer);
          testTimer = graceTimer = undefined;
          if (head.running) {
            running = head.running;
            if (o.testLimitMs) {
              const testId = running;
              testTimer = setTimeout(() => stopForTest(testId), o.testLimitMs);
            }
          } else if (head.cases.length) {
            running = undefined;
          }
        } else if (msg.type === "done") {
          let final: JobFinal | undefined;
          try {
            final = JSON.parse(msg.final) as JobFinal;
          } catch {
            final = undefined;
          }
          if (final && final.status === "error" && final.error?.kind === "WorkerCrashed")
            finish(final, { kind: "WorkerCrashed", message: final.error.message });
          else finish(final);
        }
      };
      slot.worker.postMessage({
        type: "job",
        id,
        job,
        ...(o.packages?.length ? { packages: o.packages } : {}),
        ...(o.packageBaseUrl ? { packageBaseUrl: o.packageBaseUrl } : {}),
      });
    });
  }
}
