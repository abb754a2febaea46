import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * What the first paint may load is decided by static imports from src/main.tsx (dynamic imports
 * split off). This walks that graph the way the bundler does for value imports (type-only imports
 * are erased) and says which chain pulls a heavy library in, so a stray re-export cannot quietly
 * double the entry bundle (bench/`npm run bench` measures its size).
 */
const HEAVY = [
  "zod",
  "ts-fsrs",
  "chart.js",
  "monaco-editor",
  "pyodide",
  "sql.js",
  "markdown-it",
  "katex",
  "lz-string",
];
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^"';]*?\bfrom\s+)?["']([^"']+)["']/gm;

function resolveImport(from: string, spec: string): string | null {
  // A package's own package.json (e.g. Pyodide's version string) is data, not the library.
  if (spec.endsWith("/package.json")) return spec;
  if (!spec.startsWith(".")) {
    const parts = spec.split("/");
    return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
  }
  const base = join(dirname(from), spec);
  for (const ext of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

function staticGraph(entry: string): Map<string, string | null> {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (!file.startsWith("src")) continue;
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveImport(file, m[1]!);
      if (!target || target.endsWith(".css") || parent.has(target)) continue;
      parent.set(target, file);
      queue.push(target);
    }
  }
  return parent;
}

const chain = (graph: Map<string, string | null>, node: string) => {
  const out = [node];
  for (let p = graph.get(node); p; p = graph.get(p)) out.push(relative(".", p));
  return out.reverse().join(" -> ");
};

describe("first paint", () => {
  const graph = staticGraph(join("src", "main.tsx"));

  it("walks the app shell (sanity check of the walker)", () => {
    expect(graph.has(join("src", "app", "App.tsx"))).toBe(true);
    expect(graph.has(join("src", "store", "index.ts"))).toBe(true);
    expect(graph.has("react")).toBe(true);
  });

  it("loads no heavy library before the first screen (each comes with the screen that needs it)", () => {
    const reached = HEAVY.filter((lib) => graph.has(lib)).map((lib) => chain(graph, lib));
    expect(reached).toEqual([]);
  });
});
