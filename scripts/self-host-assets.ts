/**
 * Vite plugin that serves heavy runtime assets (Pyodide's files) from the app's own origin.
 *
 * In dev the files are served straight from node_modules under `<base>pyodide/`; at build time they
 * are copied into the output folder. They are never committed and never fetched from a CDN.
 */
import { createReadStream, existsSync, mkdirSync, copyFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import type { Plugin } from "vite";

const require = createRequire(import.meta.url);

/** The Pyodide files the runtime needs to boot offline (core only: no package wheels). */
export const PYODIDE_FILES = [
  "pyodide.mjs",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];

export function pyodideDir(): string {
  return dirname(require.resolve("pyodide/package.json"));
}

const MIME: Record<string, string> = {
  ".mjs": "text/javascript",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".zip": "application/zip",
  ".json": "application/json",
};

export function selfHostAssets(): Plugin {
  let outDir = "dist";
  let root = process.cwd();
  return {
    name: "mle-dojo:self-host-assets",
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
    },
    configureServer(server) {
      const dir = pyodideDir();
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? "").split("?")[0] ?? "";
        const m = /\/pyodide\/([^/]+)$/.exec(url);
        if (!m || !PYODIDE_FILES.includes(m[1]!)) return next();
        const file = join(dir, m[1]!);
        const ext = file.slice(file.lastIndexOf("."));
        res.setHeader("Content-Type", MIME[ext] ?? "application/octet-stream");
        res.setHeader("Content-Length", String(statSync(file).size));
        res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        createReadStream(file).pipe(res);
      });
    },
    writeBundle() {
      const dir = pyodideDir();
      const target = resolve(root, outDir, "pyodide");
      mkdirSync(target, { recursive: true });
      for (const f of PYODIDE_FILES) {
        const src = join(dir, f);
        if (!existsSync(src)) throw new Error(`Pyodide file missing from node_modules: ${src}`);
        copyFileSync(src, join(target, f));
      }
    },
  };
}
