import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { csp } from "./scripts/csp.ts";
import { selfHostAssets } from "./scripts/self-host-assets.ts";
import { pwa } from "./scripts/pwa.ts";

/** Headers that make the page cross-origin isolated where the host allows it (enables the
 * Pyodide interrupt buffer). Nothing in the app depends on isolation. */
const isolationHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  // Relative base: the built files work from any sub-path (e.g. /mle-dojo/) on a static host.
  base: "./",
  // selfHostAssets copies Pyodide into the output before the service worker lists what to precache.
  plugins: [react(), selfHostAssets(), csp(), ...pwa()],
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true },
});
