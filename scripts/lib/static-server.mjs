/**
 * A small static file server for the production build, on a free loopback port. It can mount the
 * app under a sub-path (as a static host like GitHub Pages would) and send, or not, the headers
 * that make the page cross-origin isolated.
 */
import { createServer } from "node:http";
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".map": "application/json",
  ".ttf": "font/ttf",
};

/**
 * `setRoot` swaps the folder served (a new deployment), or with `null` takes the host down: every
 * request then fails at the connection, as with no network. `requests` lists every path asked for.
 *
 * @param {string} dir
 * @param {{ basePath?: string; isolated?: boolean }} [opts]
 * @returns {Promise<{ url: string; close: () => Promise<void>; setRoot: (dir: string | null) => void; requests: string[] }>}
 */
export async function serveStatic(dir, opts = {}) {
  /** @type {string | null} */
  let root = resolve(dir);
  const base = opts.basePath ?? "/";
  /** @type {string[]} */
  const requests = [];
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    requests.push(url);
    if (root === null) {
      req.socket.destroy();
      return;
    }
    if (!url.startsWith(base)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = url.slice(base.length);
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(root, rel));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    let size;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error("not a file");
      size = st.size;
    } catch {
      res.writeHead(404).end("not found");
      return;
    }
    const headers = {
      "Content-Type": MIME[extname(file)] ?? "application/octet-stream",
      "Content-Length": String(size),
      "Cache-Control": "no-store",
    };
    if (opts.isolated) {
      headers["Cross-Origin-Opener-Policy"] = "same-origin";
      headers["Cross-Origin-Embedder-Policy"] = "require-corp";
    }
    res.writeHead(200, headers);
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
    setRoot: (next) => {
      root = next === null ? null : resolve(next);
    },
    requests,
  };
}
