import { describe, expect, it } from "vitest";
import { isOnDemandModule, onDemandFiles } from "../../scripts/pwa";
import { parsePrecacheManifest } from "../../scripts/lib/precache-manifest.mjs";

const nm = "/app/node_modules";

describe("isOnDemandModule", () => {
  it("takes Monaco, Chart.js and their wrappers, not the lazy shells or the grammars", () => {
    expect(isOnDemandModule(`${nm}/monaco-editor/esm/vs/editor/editor.api.js`)).toBe(true);
    expect(
      isOnDemandModule(`${nm}/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon.css?inline`),
    ).toBe(true);
    expect(isOnDemandModule(`${nm}/chart.js/dist/chart.js`)).toBe(true);
    expect(isOnDemandModule(`${nm}/@kurkle/color/dist/color.esm.js`)).toBe(true);
    expect(isOnDemandModule("/app/src/components/code-editor/CodeEditor.tsx")).toBe(true);
    expect(isOnDemandModule("C:\\app\\src\\components\\charts\\ChartCanvas.tsx")).toBe(true);
    expect(isOnDemandModule("/app/src/components/code-editor/LazyCodeEditor.tsx")).toBe(false);
    expect(isOnDemandModule("/app/src/components/code-editor/PlainCodeEditor.tsx")).toBe(false);
    expect(isOnDemandModule("/app/src/components/charts/LazyChart.tsx")).toBe(false);
    expect(isOnDemandModule(`${nm}/monaco-editor/esm/vs/languages/definitions/sql/sql.js`)).toBe(false);
    expect(isOnDemandModule(`${nm}/pyodide/pyodide.mjs`)).toBe(false);
    expect(isOnDemandModule("/app/questions/sql.json")).toBe(false);
  });
});

describe("onDemandFiles", () => {
  it("lists the editor and chart chunks with the CSS and assets (not fonts) they import, and nothing else", () => {
    const chunk = (fileName: string, moduleIds: string[], css: string[] = [], assets: string[] = []) => ({
      type: "chunk",
      fileName,
      moduleIds,
      viteMetadata: { importedCss: new Set(css), importedAssets: new Set(assets) },
    });
    const bundle = {
      "assets/index-a.js": chunk("assets/index-a.js", ["/app/src/main.tsx"], ["assets/index-a.css"]),
      "assets/CodeEditor-b.js": chunk(
        "assets/CodeEditor-b.js",
        ["/app/src/components/code-editor/CodeEditor.tsx"],
        ["assets/CodeEditor-b.css"],
        ["assets/editor.worker-c.js", "assets/codicon-d.ttf"],
      ),
      "assets/editor.api-e.js": chunk("assets/editor.api-e.js", [
        `${nm}/monaco-editor/esm/vs/editor/editor.api.js`,
      ]),
      "assets/sql-f.js": chunk("assets/sql-f.js", [
        `${nm}/monaco-editor/esm/vs/languages/definitions/sql/sql.js`,
      ]),
      "assets/ChartCanvas-g.js": chunk("assets/ChartCanvas-g.js", [`${nm}/chart.js/dist/chart.js`]),
      "assets/index-a.css": { type: "asset" },
    };
    expect([...onDemandFiles(bundle)].sort()).toEqual([
      "assets/ChartCanvas-g.js",
      "assets/CodeEditor-b.css",
      "assets/CodeEditor-b.js",
      "assets/editor.api-e.js",
      "assets/editor.worker-c.js",
    ]);
  });
});

describe("parsePrecacheManifest", () => {
  it("reads the entries of a minified Workbox service worker", () => {
    const sw =
      'define(["./workbox-1"],function(s){"use strict";self.skipWaiting,s.precacheAndRoute([{url:"index.html",revision:"abc"},{url:"assets/index-x1.js",revision:null},{"url":"pyodide/pyodide.mjs","revision":"def"}],{}),s.cleanupOutdatedCaches()});';
    expect(parsePrecacheManifest(sw)).toEqual([
      { url: "index.html", revision: "abc" },
      { url: "assets/index-x1.js", revision: null },
      { url: "pyodide/pyodide.mjs", revision: "def" },
    ]);
  });

  it("refuses a file that is not a precaching service worker", () => {
    expect(() => parsePrecacheManifest("self.addEventListener('fetch', () => {})")).toThrow(
      /precacheAndRoute/,
    );
  });
});
