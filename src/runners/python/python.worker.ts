/**
 * Module web worker running Pyodide for exactly one job (see worker-host.ts). The app creates it
 * from a `blob:` URL that imports this module, so the worker inherits the page's
 * Content-Security-Policy (no eval, scripts and connections to the app's own origin only).
 *
 * Before any untrusted code runs, `lockdown()` removes from this worker's global scope everything
 * worth stealing or abusing: the network (fetch, XHR, WebSocket, EventSource, WebTransport),
 * storage (IndexedDB, Cache Storage, the origin-private file system), locks, nested workers,
 * broadcast channels and `postMessage` itself. The runner keeps private references, captured here
 * at load time, to what it needs (its own `postMessage`).
 */
import type { PyodideInterface } from "pyodide";
import { hostPythonWorker, type LoadOptions } from "./worker-host";
import type { FromWorker, ToWorker } from "./types";

const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: { data: ToWorker }) => void): void;
};
const post = scope.postMessage.bind(scope);

/** Global names removed before untrusted code runs (wherever they live on the prototype chain). */
export const CAPABILITIES = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebSocketStream",
  "EventSource",
  "WebTransport",
  "indexedDB",
  "caches",
  "localStorage",
  "sessionStorage",
  "cookieStore",
  "Worker",
  "SharedWorker",
  "BroadcastChannel",
  "postMessage",
  "importScripts",
  "RTCPeerConnection",
  "requestFileSystem",
  "webkitRequestFileSystem",
  "webkitRequestFileSystemSync",
  "showOpenFilePicker",
];

/** Properties of `navigator` removed as well (storage manager with OPFS, locks, beacons). */
export const NAVIGATOR_CAPABILITIES = ["storage", "locks", "sendBeacon", "serviceWorker", "permissions"];

function removeEverywhere(root: object, name: string): void {
  for (let o: object | null = root; o; o = Object.getPrototypeOf(o)) {
    try {
      if (Object.prototype.hasOwnProperty.call(o, name)) delete (o as Record<string, unknown>)[name];
    } catch {
      /* non-configurable: shadowed below */
    }
  }
  if (name in root) {
    try {
      Object.defineProperty(root, name, { value: undefined, configurable: false, writable: false });
    } catch {
      /* cannot be removed here; the CSP is the second wall */
    }
  }
}

function lockdown(): void {
  for (const name of CAPABILITIES) removeEverywhere(self, name);
  const nav = (self as unknown as { navigator?: object }).navigator;
  if (nav) for (const name of NAVIGATOR_CAPABILITIES) removeEverywhere(nav, name);
}

hostPythonWorker({
  post,
  listen: (handler) => scope.addEventListener("message", (event) => handler(event.data)),
  loadPyodide: async ({ indexURL, makeSnapshot, snapshot }: LoadOptions) => {
    const base = indexURL.endsWith("/") ? indexURL : `${indexURL}/`;
    const mod = (await import(/* @vite-ignore */ `${base}pyodide.mjs`)) as {
      loadPyodide(options: Record<string, unknown>): Promise<PyodideInterface>;
    };
    return mod.loadPyodide({
      indexURL: base,
      ...(makeSnapshot ? { _makeSnapshot: true } : {}),
      ...(snapshot ? { _loadSnapshot: snapshot } : {}),
    });
  },
  lockdown,
});
