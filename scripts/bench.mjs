// `npm run bench`: builds the app and prints performance figures. Targets are printed beside the
// figures (MISS when missed); tests check correctness, benchmarks measure speed and size and never
// fail on a target. Engine figures in Node run bench/*.bench.ts in fresh child processes (tsx plus
// a `?raw` import hook); browser figures drive Debian's Chromium against the built app.
import { build } from "vite";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { serveStatic } from "./lib/static-server.mjs";
import { precacheSummary } from "./lib/precache-manifest.mjs";
import { freshWorkerCost, pythonBootSamples, timeoutRecovery } from "../bench/browser-engines.mjs";

const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
const BOOT_RUNS = 3;
const started = performance.now();
const results = [];

/** `target` like "<= 150 KB" or "<= 1.5": compared with `value` (same unit). */
function verdict(value, target) {
  const m = /^\s*(<=|>=|<|>)\s*([\d.]+)/.exec(target ?? "");
  if (!m || !Number.isFinite(Number(value))) return "";
  const [v, t] = [Number(value), Number(m[2])];
  const ok = { "<=": v <= t, ">=": v >= t, "<": v < t, ">": v > t }[m[1]];
  return ok ? "ok" : "MISS";
}

const report = (name, value, unit, target) => {
  results.push({ name, value: String(value), unit, target: target ?? "" });
  console.log(`  ${name}: ${value} ${unit}${target ? ` (target ${target}) ${verdict(value, target)}` : ""}`);
};
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const gzipKB = (files) => (files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0) / 1024).toFixed(1);

/** Run a bench/*.bench.ts file in a fresh Node process; returns its stdout lines. */
function runTs(file) {
  const args = ["--import", "tsx", "--import", "./bench/register-raw-imports.mjs", file];
  return execFileSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
    .split("\n")
    .filter(Boolean);
}
const records = (lines, tag) =>
  lines.filter((l) => l.startsWith(`${tag} `)).map((l) => JSON.parse(l.slice(tag.length + 1)));

// Build into a private folder: the e2e suite rebuilds dist/ and may be serving it right now.
const outDir = mkdtempSync(join(tmpdir(), "mle-dojo-bench-"));
console.log("Building…");
await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });

// 1. Sizes: JavaScript shipped before first paint (entry + preloads), all chunks, lazy chunks.
console.log("Sizes");
const html = readFileSync(join(outDir, "index.html"), "utf8");
const scripts = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g),
].map((m) => join(outDir, m[1]));
report("entry JS before first paint (gzip)", gzipKB(scripts), "KB", "<= 150 KB");
const assets = readdirSync(join(outDir, "assets")).filter((f) => f.endsWith(".js"));
const chunk = (re) => assets.filter((f) => re.test(f)).map((f) => join(outDir, "assets", f));
report("all JS chunks (gzip, loaded on demand)", gzipKB(chunk(/./)), "KB");
report(
  "Monaco chunks: editor.api + CodeEditor (gzip, lazy)",
  gzipKB(chunk(/^(editor\.api|CodeEditor)-.*\.js$/)),
  "KB",
);
report("QuestionPage chunk (gzip, lazy)", gzipKB(chunk(/^QuestionPage-.*\.js$/)), "KB");
const precache = precacheSummary(outDir);
const precached = new Set(precache.urls);
report(
  `service worker precache: ${precache.count} files (raw)`,
  (precache.bytes / 1024 / 1024).toFixed(1),
  "MB",
);
report(
  "cached on first use instead (editor, charts; raw)",
  (
    readdirSync(join(outDir, "assets"))
      .filter((f) => /\.(js|css|ttf)$/.test(f) && !f.startsWith("KaTeX_") && !precached.has(`assets/${f}`))
      .reduce((n, f) => n + readFileSync(join(outDir, "assets", f)).length, 0) /
    1024 /
    1024
  ).toFixed(1),
  "MB",
);

// 2. Engines in Node: cold boots in fresh processes, warm grading overhead against raw engines.
console.log(`Engines in Node (Pyodide cold boot x${BOOT_RUNS} in fresh processes, then warm grading)`);
const boots = [];
for (let i = 0; i < BOOT_RUNS; i++) boots.push(...records(runTs("bench/pyodide-boot.bench.ts"), "BOOT"));
report(
  `Node: Pyodide loadPyodide, cold (median of ${BOOT_RUNS})`,
  fmt(median(boots.map((b) => b.loadMs))),
  "ms",
);
report("Node: + harness + first grade (median)", fmt(median(boots.map((b) => b.readyMs))), "ms");
for (const file of [
  "bench/python-grading.bench.ts",
  "bench/python-sandbox.bench.ts",
  "bench/sql-grading.bench.ts",
]) {
  for (const f of records(runTs(file), "BENCH")) report(f.name, f.value, f.unit, f.target);
}

// Rubric suggestions: how much a good, a stuffed, a negated and a short answer get suggested.
console.log("Rubric suggestions (answer fixture, see tests/packs/rubric-honesty)");
const rubricLines = runTs("bench/rubric-honesty.bench.ts");
for (const l of rubricLines.filter((x) => x.startsWith("TABLE "))) console.log(`    ${l.slice(6)}`);
for (const f of records(rubricLines, "BENCH")) report(f.name, f.value, f.unit, f.target);

// 3. Chromium: first paint, Python boot, recovery after a timeout (isolated and not).
console.log("Chromium");
const server = await serveStatic(outDir, { isolated: true });
const plain = await serveStatic(outDir, { isolated: false });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
try {
  const fp = [];
  const fcp = [];
  for (let i = 0; i < 5; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const paints = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("paint").map((e) => [e.name, e.startTime])),
    );
    fp.push(paints["first-paint"]);
    fcp.push(paints["first-contentful-paint"]);
    await ctx.close();
  }
  report("first paint, cold, loopback (median of 5)", median(fp).toFixed(0), "ms");
  report("first contentful paint, cold (median of 5)", median(fcp).toFixed(0), "ms");

  const pack = JSON.parse(readFileSync(resolve("questions/python-algorithms.json"), "utf8"));
  const q = pack.questions.find((x) => x.kind === "python");
  const path = `#/practice/python-algorithms/${q.id}`;
  const boot = await pythonBootSamples(browser, `${server.url}${path}`, BOOT_RUNS);
  report(`Chromium: page load -> "Python: ready", cold (median of ${BOOT_RUNS})`, fmt(median(boot)), "ms");

  const cost = await freshWorkerCost(browser, `${server.url}${path}`, q.referenceSolution);
  report(
    "Chromium: fresh job worker restored from the snapshot (per run, in background, median)",
    fmt(median(cost.restoreMs)),
    "ms",
  );
  report("Chromium: Run -> verdict shown, spare worker ready (median)", fmt(median(cost.runMs)), "ms");

  const loop = `def ${q.entry}(*args, **kwargs):\n    while True:\n        pass\n`;
  for (const [label, base] of [
    ["isolated", server.url],
    ["not isolated", plain.url],
  ]) {
    const r = await timeoutRecovery(browser, `${base}${path}`, loop, q.referenceSolution);
    if (r.isolated !== (label === "isolated"))
      throw new Error(`expected ${label}, got isolated=${r.isolated}`);
    report(`Chromium ${label}: Run (endless loop) -> Timeout shown, limit included`, fmt(r.stopMs), "ms");
    report(`Chromium ${label}: Timeout -> status ready again`, fmt(r.readyAgainMs), "ms");
    report(`Chromium ${label}: Timeout -> next Run passed`, fmt(r.nextRunMs), "ms");
  }
} finally {
  await browser.close();
  await server.close();
  await plain.close();
  rmSync(outDir, { recursive: true, force: true });
}

// The table.
const w = Math.max(...results.map((r) => r.name.length));
console.log(`\n${"figure".padEnd(w)}  ${"value".padStart(9)}  unit  target      `);
console.log("-".repeat(w + 34));
for (const r of results) {
  const t = r.target ? `${r.target.padEnd(10)}  ${verdict(r.value, r.target)}` : "";
  console.log(`${r.name.padEnd(w)}  ${r.value.padStart(9)}  ${r.unit.padEnd(4)}  ${t}`);
}
console.log(`\n(bench took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
