// Takes screenshots of the built app (run `npm run build` first) for the README and for review.
// Usage: node scripts/screenshot.mjs [outDir]   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "./lib/static-server.mjs";

const outDir = process.argv[2] ?? "docs";
const server = await serveStatic(process.env.DIST ?? "dist");
const base = server.url;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
mkdirSync(outDir, { recursive: true });
const shots = (process.env.SHOTS ?? "home:#/:1280x800:light").split(",");
for (const spec of shots) {
  const [name, hash, size, scheme] = spec.split(":");
  const [width, height] = size.split("x").map(Number);
  const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(base + hash);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, `${name}.png`) });
  await ctx.close();
}
await browser.close();
await server.close();
