// A test-only view into sql.js's Emscripten file system, which the library does not export.
// It evaluates sql.js's unminified build (same SQLite, same file system code) with one line added
// that hands out `FS`, so tests can list every file a script left behind. Each call gives a new,
// independent engine (its own wasm memory, file system and process-wide SQLite settings).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { SqlJsStatic } from "sql.js";

interface EmscriptenFs {
  readdir(path: string): string[];
  stat(path: string): { mode: number };
  isDir(mode: number): boolean;
}

export interface OracleEngine {
  SQL: SqlJsStatic;
  /** Every file and folder under `/` except the device folders, sorted. */
  files(): string[];
}

const require = createRequire(import.meta.url);
const entry = require.resolve("sql.js/dist/sql-wasm-debug.js");
const ANCHOR = "resolveModule(Module);";

export async function loadOracleEngine(): Promise<OracleEngine> {
  const source = readFileSync(entry, "utf8");
  if (!source.includes(ANCHOR)) throw new Error("sql.js changed: the FS oracle cannot hook it");
  const patched = source.replace(ANCHOR, `Module.__testFS = FS; ${ANCHOR}`);
  const mod = { exports: {} as unknown };
  // Evaluated as CommonJS, the way Node would load the file.
  new Function("module", "exports", "require", "__dirname", "__filename", patched)(
    mod,
    mod.exports,
    require,
    dirname(entry),
    entry,
  );
  const init = mod.exports as (config?: object) => Promise<SqlJsStatic & { __testFS: EmscriptenFs }>;
  const SQL = await init();
  const fs = SQL.__testFS;
  const walk = (dir: string): string[] =>
    fs
      .readdir(dir)
      .filter((n) => n !== "." && n !== "..")
      .flatMap((n) => {
        const path = dir === "/" ? `/${n}` : `${dir}/${n}`;
        if (path === "/dev" || path === "/proc") return [];
        return fs.isDir(fs.stat(path).mode) ? [`${path}/`, ...walk(path)] : [path];
      });
  return { SQL, files: () => walk("/").sort() };
}
