/**
 * Debian's Chromium driven by playwright-core. No test tool downloads a browser: set
 * CHROMIUM_PATH to use a Chrome/Chromium installed elsewhere.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, beforeEach } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export interface PageOptions {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  /** "block" keeps the app's service worker out, e.g. so that `page.route` sees every request
   * (a service worker's own fetches and the files it serves from its cache bypass page routes). */
  serviceWorkers?: "allow" | "block";
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen since the page opened. */
  errors: string[];
}

/**
 * Shared browser for a test file, and a fresh context + page for each test. A failing test saves a
 * full-page screenshot under test-results/e2e/.
 */
export function setupBrowser(opts: PageOptions = {}): {
  current: () => Session;
  newPage: (o?: PageOptions) => Promise<Session>;
} {
  let browser: Browser | undefined;
  let session: Session | undefined;
  const contexts: BrowserContext[] = [];

  const newPage = async (o: PageOptions = {}): Promise<Session> => {
    const merged = { ...opts, ...o };
    const context = await browser!.newContext({
      viewport: merged.viewport ?? VIEWPORTS.desktop,
      colorScheme: merged.colorScheme ?? "light",
      serviceWorkers: merged.serviceWorkers ?? "allow",
    });
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    session = { browser: browser!, context, page, errors };
    return session;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async ({ task, onTestFinished }) => {
    await newPage();
    // Runs after the test body and its afterEach hooks, with the verdict known.
    onTestFinished(async () => {
      if (session && task.result?.state === "fail") {
        mkdirSync("test-results/e2e", { recursive: true });
        const name = task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 100);
        await session.page
          .screenshot({ path: `test-results/e2e/${name}.png`, fullPage: true })
          .catch(() => {});
      }
      for (const c of contexts.splice(0)) await c.close().catch(() => {});
    });
  });

  return { current: () => session!, newPage };
}
