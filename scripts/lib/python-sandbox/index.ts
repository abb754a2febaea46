/**
 * Python for Node tools (check-pack, the bank's tests, benchmarks), sandboxed like the browser's.
 *
 * `createSandboxedPython()` returns the app's own `PythonRunner` (same planning, judging, time
 * limits and single-use workers), whose "workers" are Node child processes started with the
 * permission model: they cannot write files, start processes or threads, or read outside Pyodide's
 * folder and their own bundle; they get an empty environment (no secrets to print), cannot turn
 * strings into code, and lose every network entry point before untrusted code runs (child.ts).
 * Each job gets a fresh Pyodide instance restored from a memory snapshot of a clean interpreter,
 * inside one sandboxed process per runner (so per checked pack); a run that must be stopped takes
 * the process down with it and the next job starts a new one. Code that escaped Pyodide into that
 * process's JavaScript could only affect later runs of the same runner, and reaches nothing outside.
 *
 * The child entry is TypeScript: it is bundled once (rolldown, Vite's bundler) into a cache folder,
 * with the harness's `.py` files inlined, so the sandboxed process needs no loader of its own.
 */
import { fork, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PythonRunner, type PythonRunnerOptions } from "../../../src/runners/python/python-runner";
import type { FromWorker, ToWorker, WorkerPort } from "../../../src/runners/python/types";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../../..");
const require = createRequire(import.meta.url);
const PYODIDE_DIR = dirname(require.resolve("pyodide/package.json"));

/** Files whose content decides the bundle (its cache key). */
function sourceFiles(): string[] {
  const dirs = [join(ROOT, "src/runners/python"), join(ROOT, "src/runners/python/harness"), HERE];
  const files = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.(ts|py)$/.test(f))
      .map((f) => join(d, f)),
  );
  return [
    ...files,
    join(ROOT, "src/domain/grading/result.ts"),
    join(ROOT, "src/domain/grading/plain-value.ts"),
  ];
}

let bundled: Promise<string> | undefined;

/** Bundle child.ts (cached by the hash of its sources); resolves to the .mjs path. */
export function childBundle(): Promise<string> {
  bundled ??= (async () => {
    const hash = createHash("sha256");
    for (const f of sourceFiles().sort()) hash.update(f).update(readFileSync(f));
    const dir = join(ROOT, "node_modules/.cache/mle-dojo-python-sandbox");
    const file = join(dir, `child-${hash.digest("hex").slice(0, 16)}.mjs`);
    if (existsSync(file)) return file;
    const { build } = await import("rolldown");
    const out = await build({
      input: join(HERE, "child.ts"),
      platform: "node",
      external: [/^node:/, "pyodide"],
      write: false,
      output: { format: "esm" },
      plugins: [
        {
          name: "raw",
          resolveId(id, importer) {
            if (id.endsWith("?raw")) return resolve(dirname(importer!), id);
            return null;
          },
          load(id) {
            if (!id.endsWith("?raw")) return null;
            return `export default ${JSON.stringify(readFileSync(id.slice(0, -4), "utf8"))};`;
          },
        },
      ],
    });
    mkdirSync(dir, { recursive: true });
    // `pyodide` stays external: resolve it to its absolute file so the sandbox reads only that folder.
    const code = out.output[0].code
      .replace(/from\s*["']pyodide["']/g, `from ${JSON.stringify(join(PYODIDE_DIR, "pyodide.mjs"))}`)
      .replace(
        /import\(\s*["']pyodide["']\s*\)/g,
        `import(${JSON.stringify(join(PYODIDE_DIR, "pyodide.mjs"))})`,
      );
    writeFileSync(file, code);
    return file;
  })();
  return bundled;
}

/** Node's flags for the sandboxed process (the permission flag's name changed in Node 22.13/23.5). */
export function sandboxFlags(bundle: string): string[] {
  const permission = process.allowedNodeEnvironmentFlags.has("--permission")
    ? "--permission"
    : "--experimental-permission";
  return [
    permission,
    `--allow-fs-read=${PYODIDE_DIR}`,
    `--allow-fs-read=${dirname(bundle)}`,
    "--disallow-code-generation-from-strings",
    "--no-warnings",
    "--max-old-space-size=1024",
  ];
}

type Envelope = { port: number; message: FromWorker };

/**
 * One sandboxed child process hosting a series of single-use ports (each a fresh Pyodide instance
 * restored from the snapshot). Stopping a running port kills the whole process; the next port
 * starts a new one.
 */
class SandboxHost {
  private child?: ChildProcess;
  private snapshotSent?: ChildProcess;
  private readonly ports = new Map<number, SandboxPort>();
  private nextId = 1;
  busy?: number;

  constructor(private readonly bundle: string) {}

  open(port: SandboxPort): number {
    const id = this.nextId++;
    this.ports.set(id, port);
    return id;
  }

  send(id: number, message?: ToWorker, drop = false): void {
    const child = this.ensureChild();
    if (message?.type === "job") this.busy = id;
    if (!child.connected) return;
    if (drop) child.send({ port: id, drop: true });
    else if (message?.type === "init" && message.snapshot && this.snapshotSent === child) {
      // The process keeps the snapshot it was given: 31 MB need not cross IPC for every job.
      child.send({ port: id, message: { ...message, snapshot: undefined }, cachedSnapshot: true });
    } else {
      if (message?.type === "init" && message.snapshot) this.snapshotSent = child;
      child.send({ port: id, message });
    }
  }

  close(id: number): void {
    this.ports.delete(id);
    if (this.busy === id) {
      // It may be looping forever: only killing the process stops it.
      this.busy = undefined;
      this.kill("stopped");
    } else if (this.child?.connected) {
      this.child.send({ port: id, drop: true });
    }
  }

  kill(reason: string): void {
    const child = this.child;
    this.child = undefined;
    if (!child) return;
    child.removeAllListeners("exit");
    child.kill("SIGKILL");
    for (const [id, port] of this.ports) {
      this.ports.delete(id);
      port.crashed(`the Python process was ${reason}`);
    }
  }

  private ensureChild(): ChildProcess {
    if (this.child) return this.child;
    const child = fork(this.bundle, [], {
      execArgv: sandboxFlags(this.bundle),
      env: {},
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.child = child;
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString();
    });
    child.on("message", (envelope: Envelope) => {
      if (envelope?.message?.type === "done" && this.busy === envelope.port) this.busy = undefined;
      this.ports.get(envelope?.port)?.deliver(envelope.message);
    });
    child.on("exit", (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      const why = stderr.trim().split("\n").slice(-3).join(" | ");
      for (const [id, port] of this.ports) {
        this.ports.delete(id);
        port.crashed(`the Python process exited (${signal ?? code})${why ? `: ${why}` : ""}`);
      }
    });
    return child;
  }
}

/** A WorkerPort served by a SandboxHost (an exit of its process is a crash, like a browser
 * worker's error event). */
export class SandboxPort implements WorkerPort {
  private readonly id: number;
  private readonly messageListeners: ((event: { data: FromWorker }) => void)[] = [];
  private readonly errorListeners: ((event: { message: string }) => void)[] = [];
  private closed = false;

  constructor(private readonly host: SandboxHost) {
    this.id = host.open(this);
  }

  deliver(message: FromWorker): void {
    if (!this.closed) this.messageListeners.forEach((l) => l({ data: message }));
  }

  crashed(message: string): void {
    if (this.closed) return;
    this.closed = true;
    this.errorListeners.forEach((l) => l({ message }));
  }

  postMessage(message: ToWorker): void {
    if (!this.closed) this.host.send(this.id, message);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors WorkerPort
  addEventListener(type: "message" | "error" | "messageerror", listener: (event: any) => void): void {
    if (type === "message") this.messageListeners.push(listener);
    else if (type === "error") this.errorListeners.push(listener);
  }

  terminate(): void {
    if (this.closed) return;
    this.closed = true;
    this.host.close(this.id);
  }
}

/** The app's Python runner over sandboxed Node processes. Call `dispose()` when done. */
export async function createSandboxedPython(
  options: Partial<Omit<PythonRunnerOptions, "createWorker" | "indexURL">> = {},
): Promise<PythonRunner> {
  const host = new SandboxHost(await childBundle());
  const runner = new PythonRunner({
    indexURL: PYODIDE_DIR,
    isolated: false,
    bootTimeoutMs: 120_000,
    ...options,
    createWorker: () => new SandboxPort(host),
  });
  const dispose = runner.dispose.bind(runner);
  runner.dispose = () => {
    dispose();
    host.kill("shut down");
  };
  return runner;
}
