// `npm run bench`: builds the app and prints performance figures. Targets are printed beside the
// figures; tests check correctness, benchmarks measure speed and size.
import { build } from "vite";
import { gzipSync } from "node:zlib";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveStatic } from "./lib/static-server.mjs";

const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const results = [];
const report = (name, value, unit, target) => {
  results.push({ name, value, unit, target });
  console.log(
    `${name.padEnd(46)} ${String(value).padStart(10)} ${unit.padEnd(4)} ${target ? `(target ${target})` : ""}`,
  );
};

console.log("Building…");
await build({ logLevel: "warn" });

// 1. JavaScript shipped before first paint: the entry script and the modules it preloads.
const html = readFileSync("dist/index.html", "utf8");
const scripts = [
  ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g),
].map((m) => m[1]);
let entryGzip = 0;
for (const s of scripts) entryGzip += gzipSync(readFileSync(join("dist", s))).length;
report("entry JS before first paint (gzip)", (entryGzip / 1024).toFixed(1), "KB", "<= 150 KB");
const allJs = readdirSync("dist/assets").filter((f) => f.endsWith(".js"));
const totalGzip = allJs.reduce((n, f) => n + gzipSync(readFileSync(join("dist/assets", f))).length, 0);
report("all JS chunks (gzip, loaded on demand)", (totalGzip / 1024).toFixed(1), "KB");

// 2. Time to first paint / first contentful paint in headless Chromium (median of 5 cold loads).
const server = await serveStatic("dist", { isolated: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
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
const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
report("first paint, cold, loopback (median of 5)", median(fp).toFixed(0), "ms");
report("first contentful paint, cold (median of 5)", median(fcp).toFixed(0), "ms");
await browser.close();
await server.close();
