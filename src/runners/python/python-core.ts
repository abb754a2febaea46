/**
 * The Python engine inside one Pyodide instance: installs the harness (harness/*.py) and runs jobs.
 *
 * `createPythonCore(pyodide)` is used inside the browser worker, inside the Node sandbox, and
 * directly in Node tests. `execute(job)` runs one job (what the untrusted side may know, see
 * job-plan.ts) and resolves to the harness's final JSON, streaming events and output meanwhile;
 * it never throws for user code. `grade(request)` is a convenience for tests and benchmarks that
 * plans, executes and judges in this same interpreter: it is NOT isolated (the engines that grade
 * for users run every job in a fresh interpreter, see python-runner.ts and the Node sandbox).
 */
import type { PyodideInterface } from "pyodide";
import { errorResult } from "../../domain/grading/result";
import {
  generateJob,
  judge,
  parseEvents,
  planJob,
  readGenerated,
  type GeneratedCases,
  type RunEnd,
} from "./job-plan";
import { ensurePackages } from "./packages";
import { HARNESS_FILES } from "./harness-files";
import {
  DEFAULT_TIME_LIMIT_MS,
  type JobFinal,
  type PythonGradeRequest,
  type PythonGradeResult,
  type PythonJob,
} from "./types";

const HARNESS_DIR = "/lib/dojo";
const PACKAGE = "_dojo_harness";

/** Hooks of one job: `onStarted` once packages are loaded and code begins, `onEvent` for each
 * harness event (JSON text), `onOutput` for printed output. */
export interface ExecuteHooks {
  onStarted?: () => void;
  onEvent?: (json: string) => void;
  onOutput?: (chunk: string) => void;
}

/** Packages to load before a job's code runs (from the app's own origin unless configured). */
export interface ExecuteOptions {
  packages?: string[];
  packageBaseUrl?: string;
  /** In-process use: a KeyboardInterrupt ends the whole job (there is no worker to terminate). */
  stopOnInterrupt?: boolean;
}

/** A Pyodide instance with the harness installed. `fatal` turns true when Pyodide itself broke
 * (the owner must then discard the instance/worker). */
export interface PythonCore {
  execute(job: PythonJob, hooks?: ExecuteHooks, options?: ExecuteOptions): Promise<JobFinal>;
  grade(
    request: PythonGradeRequest,
    options?: { onOutput?: (chunk: string) => void },
  ): Promise<PythonGradeResult>;
  setInterruptBuffer(buffer: Uint8Array): void;
  /** Close the Python -> JavaScript bridges for good (a single-use interpreter, before any
   * untrusted code). */
  lockdown(): void;
  readonly fatal: boolean;
}

type PyFn = ((...args: unknown[]) => unknown) & { destroy(): void };

/** Write the harness package into Pyodide's file system and import it. */
export function installHarness(pyodide: PyodideInterface): void {
  pyodide.FS.mkdirTree(`${HARNESS_DIR}/${PACKAGE}`);
  for (const [name, text] of Object.entries(HARNESS_FILES))
    pyodide.FS.writeFile(`${HARNESS_DIR}/${PACKAGE}/${name}`, text);
  pyodide.runPython(
    `import sys\nif ${JSON.stringify(HARNESS_DIR)} not in sys.path: sys.path.append(${JSON.stringify(HARNESS_DIR)})\n` +
      `import ${PACKAGE}.job, ${PACKAGE}.guard\n` +
      // Modules a run commonly needs, imported before any untrusted code so their classes are trusted.
      "import unittest, unittest.mock, fractions, decimal, datetime, collections, dataclasses, json, math, random, statistics, itertools, functools, heapq, bisect, re, copy, io, enum, typing",
  );
}

/** Install the harness into `pyodide` (unless a restored snapshot already has it) and return the
 * engine. */
export function createPythonCore(pyodide: PyodideInterface): PythonCore {
  installHarness(pyodide);
  const runFn = pyodide.pyimport(`${PACKAGE}.job`).run as PyFn;
  const guard = pyodide.pyimport(`${PACKAGE}.guard`);
  const lock = guard.lock as PyFn;
  const unlock = guard.unlock as PyFn;

  let emitOutput: ((chunk: string) => void) | undefined;
  let emitEvent: ((json: string) => void) | undefined;
  const decoder = new TextDecoder();
  const write = (buffer: Uint8Array): number => {
    const text = decoder.decode(buffer, { stream: true });
    if (text && emitOutput) emitOutput(text);
    return buffer.length;
  };
  pyodide.setStdout({ write });
  pyodide.setStderr({ write });
  pyodide.setStdin({ error: true });
  const eventSink = (json: string) => {
    try {
      emitEvent?.(json);
    } catch {
      // A broken listener must not break the run.
    }
  };

  let interrupt: Uint8Array | undefined;
  let fatal = false;
  let lockedForGood = false;

  const runLocked = (json: string): string => {
    if (interrupt) interrupt[0] = 0;
    if (lockedForGood) return runFn(json, eventSink) as string;
    const stash = lock() as { destroy(): void };
    try {
      return runFn(json, eventSink) as string;
    } finally {
      // A late interrupt must not break the unlock; unlock is idempotent until it completes.
      for (let attempt = 0; attempt < 3; attempt++) {
        if (interrupt) interrupt[0] = 0;
        try {
          unlock(stash);
          break;
        } catch {
          // retry
        }
      }
      stash.destroy();
    }
  };

  const failure = (kind: string, message: string): JobFinal => ({
    status: "error",
    error: { kind, message },
    output: "",
    outputTotal: 0,
  });

  const core: PythonCore = {
    get fatal() {
      return fatal;
    },
    setInterruptBuffer(buffer) {
      interrupt = buffer;
      pyodide.setInterruptBuffer(buffer);
    },
    lockdown() {
      if (!lockedForGood) lock();
      lockedForGood = true;
    },
    async execute(job, hooks = {}, options = {}) {
      if (fatal) return failure("WorkerCrashed", "Python stopped working earlier.");
      if (options.packages?.length) {
        const problem = await ensurePackages(pyodide, options.packages, options.packageBaseUrl);
        if (problem) return failure(problem.kind, problem.message);
      }
      hooks.onStarted?.();
      emitOutput = hooks.onOutput;
      emitEvent = hooks.onEvent;
      try {
        const payload = JSON.stringify(options.stopOnInterrupt ? { ...job, stopOnInterrupt: true } : job);
        return JSON.parse(runLocked(payload)) as JobFinal;
      } catch (e) {
        const text = String(e);
        const pythonError = (e as { constructor?: { name?: string } })?.constructor?.name === "PythonError";
        if (pythonError && /KeyboardInterrupt/.test(text)) {
          if (interrupt) interrupt[0] = 0;
          return { status: "interrupted", output: "", outputTotal: 0 };
        }
        // Not a Python exception (stack overflow in C, wasm trap, fatal error): the interpreter
        // cannot be trusted any more.
        if (!pythonError) fatal = true;
        return fatal
          ? failure("WorkerCrashed", crashMessage(text))
          : failure("GraderError", "The grader failed while running your code; nothing could be judged.");
      } finally {
        emitOutput = undefined;
        emitEvent = undefined;
      }
    },
    async grade(request, options = {}) {
      return gradeWith(core, request, options);
    },
  };
  return core;
}

/** A crash's message for the candidate. */
export function crashMessage(detail: string): string {
  const hint = /call stack/i.test(detail)
    ? " The call stack overflowed: is there a very deep recursion?"
    : "";
  return `Python crashed and will be restarted (${detail.slice(0, 300)}).${hint}`;
}

/** Plan, execute and judge `request` on one core (same interpreter; tests and benchmarks). */
async function gradeWith(
  core: PythonCore,
  request: PythonGradeRequest,
  options: { onOutput?: (chunk: string) => void },
): Promise<PythonGradeResult> {
  const start = performance.now();
  const limitMs = request.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  let generated: GeneratedCases | undefined;
  if (request.generated && request.mode === "submit") {
    const final = await core.execute(generateJob(request), {}, { stopOnInterrupt: true });
    const read = readGenerated(final);
    if ("kind" in read) return errorResult(read, Math.round(performance.now() - start));
    generated = read;
  }
  const { job, notRun } = planJob(request, generated);
  const texts: string[] = [];
  const final = await core.execute(
    job,
    { onEvent: (t) => texts.push(t), onOutput: options.onOutput },
    { packages: request.packages, packageBaseUrl: request.packageBaseUrl, stopOnInterrupt: true },
  );
  const { cases, running } = parseEvents(texts);
  const end: RunEnd = {
    interrupted: new Set(),
    durationMs: Math.round(performance.now() - start),
    limitMs,
    ...(running ? { runningId: running } : {}),
  };
  if (final.status === "interrupted") end.stopped = { kind: "Timeout", message: "" };
  // (In one interpreter the interrupt's origin is unknown: a watchdog's interrupt is a timeout.)
  if (final.status === "error" && final.error?.kind === "WorkerCrashed")
    end.stopped = { kind: "WorkerCrashed", message: final.error.message };
  return judge(request, notRun, cases, final, end, generated);
}
