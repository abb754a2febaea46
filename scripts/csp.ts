/**
 * The app's Content-Security-Policy, one source for the build and the dev server.
 *
 * The built `index.html` carries it as a `<meta>` tag (works on any static host); workers made from
 * `blob:` URLs inherit it (see src/runners/csp-worker.ts). It allows no inline script and no eval
 * (`'wasm-unsafe-eval'` only compiles WebAssembly), and connections only to the app's own origin
 * plus the hosts a user may import packs from or load optional Pyodide packages from. The dev server
 * sends it as a header, with inline scripts allowed (Vite's React refresh preamble is inline).
 */
import type { Plugin } from "vite";
import { CONNECT_HOSTS } from "../src/domain/net/connect-hosts";

export { CONNECT_HOSTS };

export function contentSecurityPolicy(mode: "build" | "dev"): string {
  const script = mode === "dev" ? "'self' 'unsafe-inline' 'wasm-unsafe-eval'" : "'self' 'wasm-unsafe-eval'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    `connect-src 'self' ${CONNECT_HOSTS.join(" ")}`,
    "worker-src 'self' blob:",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Adds the policy: a `<meta>` tag in the built index.html, a header on the dev server. */
export function csp(): Plugin {
  return {
    name: "mle-dojo-csp",
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        if (ctx.server) return [];
        return [
          {
            tag: "meta",
            attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy("build") },
            injectTo: "head-prepend",
          },
        ];
      },
    },
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader("Content-Security-Policy", contentSecurityPolicy("dev"));
        next();
      });
    },
  };
}
