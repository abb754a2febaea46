import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  test: {
    // The flaky reporter names every test that passed only on its retry (see below).
    reporters: ["default", "./tests/e2e/flaky-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["tests/**/*.test.tsx"],
          setupFiles: ["tests/setup-dom.ts"],
          // Screens load lazily; on a loaded 2-core machine a render can take several seconds.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // One retry for a browser test that loses a race with the shared CPU; the flaky reporter
          // prints each one that needed it, and a test failing twice fails the run.
          retry: 1,
          // The browser shares two cores with builds and engines: give polled conditions time.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
