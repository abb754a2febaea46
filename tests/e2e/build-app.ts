/**
 * Builds the app as `npm run build` does, for the e2e tests to drive.
 *
 * Vitest sets NODE_ENV to "test", and Vite takes NODE_ENV over the build mode when it bundles
 * React: left alone, the e2e tests would drive React's development build, not what users get.
 */
import { build, type InlineConfig } from "vite";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export async function buildApp(outDir: string, config: InlineConfig = {}): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      logLevel: "warn",
      mode: "production",
      ...config,
      build: { outDir, emptyOutDir: true, ...config.build },
    });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
  // React's development build says where to get its DevTools; the production build does not.
  const assets = join(outDir, "assets");
  const dev = readdirSync(assets).filter(
    (f) => f.endsWith(".js") && readFileSync(join(assets, f), "utf8").includes("react-devtools"),
  );
  if (dev.length) throw new Error(`The e2e build bundled React's development build (${dev.join(", ")}).`);
}
