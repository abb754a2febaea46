/**
 * Builds the production app once and serves it twice on free loopback ports: at the root with
 * cross-origin isolation headers (like `npm run preview`), and under the sub-path /mle-dojo/
 * without them (like a plain static host).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic } from "../../scripts/lib/static-server.mjs";
import { buildApp } from "./build-app";

declare module "vitest" {
  export interface ProvidedContext {
    isolatedURL: string;
    subpathURL: string;
    /** The production build both servers serve (tests may serve it again on their own). */
    buildDir: string;
  }
}

export default async function setup(project: TestProject) {
  // A private build folder, so a concurrent `npm run build` or another test run cannot swap files
  // under the servers.
  const outDir = mkdtempSync(join(tmpdir(), "mle-dojo-e2e-"));
  await buildApp(outDir);
  const isolated = await serveStatic(outDir, { isolated: true });
  const subpath = await serveStatic(outDir, { basePath: "/mle-dojo/", isolated: false });
  project.provide("isolatedURL", isolated.url);
  project.provide("subpathURL", subpath.url);
  project.provide("buildDir", outDir);
  return async () => {
    await isolated.close();
    await subpath.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
