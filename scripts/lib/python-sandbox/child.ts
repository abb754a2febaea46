/**
 * Entry of the sandboxed Node process that hosts ONE Python worker (see ./index.ts): the same
 * protocol and harness as the browser's python.worker.ts, over the process's IPC channel.
 *
 * The process is started with Node's permission model (no file writes, no child processes, no
 * worker threads, reads only of Pyodide's files and this bundle), with code generation from strings
 * disabled and an empty environment. Node 20's permission model does not cover the network, so
 * `lockdown()` also takes every network entry point away (fetch and friends, and the socket-making
 * functions of net, tls, dgram, http, https, http2, dns and inspector) before untrusted code runs.
 * The IPC `send` used to report is a private reference taken at load. `process.binding` only ever
 * answers Emscripten's request for file-system constants.
 */
import { createHash } from "node:crypto";
import { constants as fsConstants } from "node:fs";
import { createRequire } from "node:module";
import process from "node:process";
import type { PyodideInterface } from "pyodide";
import { hostPythonWorker, type LoadOptions } from "../../../src/runners/python/worker-host";
import type { FromWorker, ToWorker } from "../../../src/runners/python/types";

const send = process.send!.bind(process);
const require = createRequire(import.meta.url);

// Emscripten's NODEFS reads `process.binding("constants")`, which the permission model refuses;
// give it the same constants from node:fs and nothing else.
const binding = (process as unknown as { binding(name: string): unknown }).binding.bind(process);
(process as unknown as { binding(name: string): unknown }).binding = (name: string) =>
  name === "constants" ? { fs: fsConstants } : binding(name);

// Every job restores a fresh interpreter: compile Pyodide's 9 MB of WebAssembly once per process
// (a browser caches compiled code itself). Only large modules are cached, keyed by their bytes.
const instantiate = WebAssembly.instantiate.bind(WebAssembly) as (
  source: BufferSource | WebAssembly.Module,
  imports?: WebAssembly.Imports,
) => Promise<unknown>;
const compiled = new Map<string, WebAssembly.Module>();
function fingerprint(bytes: Uint8Array): string {
  const h = createHash("sha256");
  h.update(bytes.subarray(0, 65536)).update(bytes.subarray(-65536)).update(String(bytes.length));
  return h.digest("hex");
}
(WebAssembly as { instantiate: unknown }).instantiate = async (
  source: BufferSource | WebAssembly.Module,
  imports?: WebAssembly.Imports,
) => {
  if (!(source instanceof WebAssembly.Module) && source.byteLength > 4_000_000) {
    const bytes = source instanceof Uint8Array ? source : new Uint8Array(source as ArrayBuffer);
    const key = fingerprint(bytes);
    let module = compiled.get(key);
    if (!module) compiled.set(key, (module = await WebAssembly.compile(bytes)));
    return { module, instance: await instantiate(module, imports) };
  }
  return instantiate(source, imports);
};

const refuse = () => {
  throw new Error("network access is not available to code checked by check-pack");
};

function lockdown(): void {
  for (const name of ["fetch", "WebSocket", "EventSource", "XMLHttpRequest", "WebTransport"])
    delete (globalThis as Record<string, unknown>)[name];
  const patch = (mod: Record<string, unknown>, names: string[]) => {
    for (const n of names) if (n in mod) mod[n] = refuse;
  };
  const net = require("node:net");
  patch(net, ["connect", "createConnection", "createServer"]);
  net.Socket.prototype.connect = refuse;
  net.Server.prototype.listen = refuse;
  patch(require("node:tls"), ["connect", "createServer", "createSecureContext"]);
  patch(require("node:dgram"), ["createSocket"]);
  patch(require("node:http"), ["request", "get", "createServer"]);
  patch(require("node:https"), ["request", "get", "createServer"]);
  patch(require("node:http2"), ["connect", "createServer", "createSecureServer"]);
  const dns = require("node:dns");
  patch(dns, ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"]);
  patch(dns.promises, ["lookup", "resolve", "resolve4", "resolve6", "resolveAny", "reverse"]);
  patch(require("node:inspector"), ["open", "url"]);
}

// One process hosts a series of single-use "workers" (ports), each a fresh Pyodide instance
// restored from the snapshot; the parent kills the whole process when a run must be stopped.
const handlers = new Map<number, (msg: ToWorker) => void>();

let cached: Uint8Array | undefined;

process.on(
  "message",
  (envelope: { port: number; message?: ToWorker; drop?: boolean; cachedSnapshot?: boolean }) => {
    const { port } = envelope;
    const msg = envelope.message;
    if (msg?.type === "init") {
      // IPC hands the snapshot over as a view at an arbitrary offset: keep an aligned copy.
      if (msg.snapshot) cached = new Uint8Array(msg.snapshot);
      if (msg.snapshot || envelope.cachedSnapshot) msg.snapshot = cached;
    }
    if (envelope.drop) {
      handlers.delete(port);
      return;
    }
    let handler = handlers.get(port);
    if (!handler) {
      hostPythonWorker({
        post: (message: FromWorker) => {
          send({ port, message });
        },
        listen: (h) => {
          handler = h;
          handlers.set(port, h);
        },
        loadPyodide: async ({ makeSnapshot, snapshot }: LoadOptions) => {
          const { loadPyodide } = (await import("pyodide")) as {
            loadPyodide(options: Record<string, unknown>): Promise<PyodideInterface>;
          };
          return loadPyodide({
            jsglobals: {},
            ...(makeSnapshot ? { _makeSnapshot: true } : {}),
            ...(snapshot ? { _loadSnapshot: snapshot } : {}),
          });
        },
        lockdown,
      });
    }
    if (msg) handler?.(msg);
  },
);
