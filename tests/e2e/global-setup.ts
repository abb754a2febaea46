/**
 * Builds the production app once and serves it twice on free loopback ports: at the root with
 * cross-origin isolation headers (like `npm run preview`), and under the sub-path /mle-dojo/
 * without them (like a plain static host).
 */
import { build } from "vite";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../scripts/lib/static-server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    isolatedURL: string;
    subpathURL: string;
  }
}

export default async function setup(project: TestProject) {
  // A private build folder, so a concurrent `npm run build` or another test run cannot swap files
  // under the servers.
  const outDir = mkdtempSync(join(tmpdir(), "mle-dojo-e2e-"));
  await build({ logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const isolated = await serveStatic(outDir, { isolated: true });
  const subpath = await serveStatic(outDir, { basePath: "/mle-dojo/", isolated: false });
  project.provide("isolatedURL", isolated.url);
  project.provide("subpathURL", subpath.url);
  return async () => {
    await isolated.close();
    await subpath.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
