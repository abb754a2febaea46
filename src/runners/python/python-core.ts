/**
 * The Python engine: grading harness + Pyodide, independent of where it runs.
 *
 * `createPythonCore(pyodide)` installs the harness (harness/*.py) into a loaded Pyodide
 * instance. The same core runs inside the browser worker and directly in Node tests. It never
 * throws for user code: every failure comes back as a GradeResult.
 */
import type { PyodideInterface } from "pyodide";
import { errorResult, OUTPUT_CAP_PER_CASE, OUTPUT_CAP_PER_RUN } from "../../domain/grading/result";
import { ensurePackages } from "./packages";
import { timeoutError, toGradeResult, type RawHarnessResult } from "./raw-result";
import { DEFAULT_TIME_LIMIT_MS, type PythonGradeRequest, type PythonGradeResult } from "./types";
import capturePy from "./harness/capture.py?raw";
import casesPy from "./harness/cases.py?raw";
import comparePy from "./harness/compare.py?raw";
import errorsPy from "./harness/errors.py?raw";
import gradePy from "./harness/grade.py?raw";
import guardPy from "./harness/guard.py?raw";
import testcodePy from "./harness/testcode.py?raw";

const HARNESS_DIR = "/lib/dojo";
const PACKAGE = "_dojo_harness";
const FILES: Record<string, string> = {
  "__init__.py": "",
  "capture.py": capturePy,
  "cases.py": casesPy,
  "compare.py": comparePy,
  "errors.py": errorsPy,
  "grade.py": gradePy,
  "guard.py": guardPy,
  "testcode.py": testcodePy,
};

/** Options for one grading run. `onStarted` fires once packages are loaded and code begins. */
export interface CoreGradeOptions {
  onOutput?: (chunk: string) => void;
  onStarted?: () => void;
}

/** A Pyodide instance with the harness installed. `fatal` turns true when Pyodide itself broke
 * (the owner must then discard the instance/worker). */
export interface PythonCore {
  grade(request: PythonGradeRequest, options?: CoreGradeOptions): Promise<PythonGradeResult>;
  setInterruptBuffer(buffer: Uint8Array): void;
  readonly fatal: boolean;
}

const RESET_STREAMS =
  "import sys\nsys.stdout, sys.stderr, sys.stdin = sys.__stdout__, sys.__stderr__, sys.__stdin__\nsys.modules.pop('solution', None)";

type PyFn = ((...args: unknown[]) => unknown) & { destroy(): void };

/** Install the harness into `pyodide` and return the engine. */
export function createPythonCore(pyodide: PyodideInterface): PythonCore {
  pyodide.FS.mkdirTree(`${HARNESS_DIR}/${PACKAGE}`);
  for (const [name, text] of Object.entries(FILES))
    pyodide.FS.writeFile(`${HARNESS_DIR}/${PACKAGE}/${name}`, text);
  pyodide.runPython(
    `import sys\nif ${JSON.stringify(HARNESS_DIR)} not in sys.path: sys.path.append(${JSON.stringify(HARNESS_DIR)})`,
  );
  const gradeFn = pyodide.pyimport(`${PACKAGE}.grade`).grade as PyFn;
  const guard = pyodide.pyimport(`${PACKAGE}.guard`);
  const lock = guard.lock as PyFn;
  const unlock = guard.unlock as PyFn;

  let emit: ((chunk: string) => void) | undefined;
  const decoder = new TextDecoder();
  const write = (buffer: Uint8Array): number => {
    const text = decoder.decode(buffer, { stream: true });
    if (text && emit) emit(text);
    return buffer.length;
  };
  pyodide.setStdout({ write });
  pyodide.setStderr({ write });
  pyodide.setStdin({ error: true });

  let interrupt: Uint8Array | undefined;
  let fatal = false;

  const runLocked = (json: string): string => {
    if (interrupt) interrupt[0] = 0;
    const stash = lock() as { destroy(): void };
    try {
      return gradeFn(json) as string;
    } finally {
      // A late interrupt (the timer fired just as the run ended) must not break the unlock;
      // unlock is idempotent until it completes, so retry.
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

  return {
    get fatal() {
      return fatal;
    },
    setInterruptBuffer(buffer) {
      interrupt = buffer;
      pyodide.setInterruptBuffer(buffer);
    },
    async grade(request, options = {}) {
      const start = performance.now();
      const limit = request.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
      const elapsed = () => Math.round(performance.now() - start);
      if (fatal) return errorResult(crashed("Python stopped working earlier."), 0);
      if (request.packages?.length) {
        const problem = await ensurePackages(pyodide, request.packages, request.packageBaseUrl);
        if (problem) return errorResult(problem, elapsed());
      }
      options.onStarted?.();
      const payload = JSON.stringify({
        ...request,
        caseCap: OUTPUT_CAP_PER_CASE,
        runCap: OUTPUT_CAP_PER_RUN,
      });
      emit = options.onOutput;
      try {
        const raw = JSON.parse(runLocked(payload)) as RawHarnessResult;
        const hasTests = Boolean(request.cases?.length || request.testCode || request.generated);
        return toGradeResult(raw, limit, elapsed(), hasTests);
      } catch (e) {
        const text = String(e);
        const pythonError = (e as { constructor?: { name?: string } })?.constructor?.name === "PythonError";
        if (pythonError && /KeyboardInterrupt/.test(text)) {
          // The interrupt hit the harness itself (outside its own handler): reset the basics.
          if (interrupt) interrupt[0] = 0;
          pyodide.runPython(RESET_STREAMS);
          return errorResult(timeoutError(limit), elapsed());
        }
        // Anything that is not a Python exception unwound through the interpreter (stack
        // overflow in C, wasm trap, Pyodide fatal error): Python's state can't be trusted.
        if (!pythonError) fatal = true;
        return errorResult(
          fatal ? crashed(text) : { kind: "InternalError", message: text.slice(0, 2000) },
          elapsed(),
        );
      } finally {
        emit = undefined;
      }
    },
  };
}

function crashed(detail: string): { kind: string; message: string } {
  const hint = /call stack/i.test(detail)
    ? " The call stack overflowed: is there a very deep recursion?"
    : "";
  return {
    kind: "WorkerCrashed",
    message: `Python crashed and will be restarted (${detail.slice(0, 300)}).${hint}`,
  };
}
