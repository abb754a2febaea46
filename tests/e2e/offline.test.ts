/**
 * Offline use and updates, as a user of a plain static host sees them: the build is served under
 * /mle-dojo/ without isolation headers, on a fresh port (a fresh origin) per test. "Offline" is
 * both Playwright's network emulation and the host itself going down, so nothing can quietly come
 * from the network.
 */
import type { Page } from "playwright-core";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { encodeShareCode, type LoopTemplate } from "../../src/domain/mock";
import { serveStatic, type StaticServer } from "../../scripts/lib/static-server.mjs";
import { precacheSummary } from "../../scripts/lib/precache-manifest.mjs";
import { setupBrowser } from "./browser";
import { buildApp } from "./build-app";
import { builtinPack, firstOfKind, pasteIntoEditor } from "./practice-helpers";

const browser = setupBrowser();
const py = firstOfKind("python-algorithms", "python");
const sql = firstOfKind("sql", "sql");
const choice = firstOfKind("ml-fundamentals", "choice");

const choiceLoop: LoopTemplate = {
  id: "custom",
  title: "Custom loop",
  description: "e2e",
  sections: [
    {
      id: "s1",
      title: "ML fundamentals",
      minutes: 5,
      count: 1,
      filter: { category: "ml-fundamentals", kinds: ["choice"] },
    },
  ],
};

const servers: StaticServer[] = [];
async function host(dir: string): Promise<StaticServer> {
  const server = await serveStatic(dir, { basePath: "/mle-dojo/", isolated: false });
  servers.push(server);
  return server;
}
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

/** The first visit: the service worker installed (everything precached) and controls the page. */
async function firstVisit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await page.getByRole("status", { name: "Ready offline" }).waitFor({ timeout: 90_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function startMock(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/mock?code=${encodeURIComponent(encodeShareCode(choiceLoop, 7))}`);
  await page.getByText("Shared mock loaded").waitFor();
  await page.getByRole("radio", { name: /^Practice/ }).check();
  await page.getByRole("button", { name: "Start mock" }).click();
  await page.getByRole("region", { name: "Mock clock and controls" }).waitFor();
}

async function runPasses(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page
    .getByRole("region", { name: "Run results" })
    .locator(".verdict", { hasText: "All tests passed" })
    .waitFor({ timeout: 90_000 });
}

/** Requests that reached the host since `from`, apart from the browser's own update check. */
const hostHits = (server: StaticServer, from: number) =>
  server.requests.slice(from).filter((p) => !p.endsWith("/sw.js"));

describe("offline after the first visit", () => {
  it("precaches the shell, the packs, sql.js and Pyodide, but not the editor or the charts", () => {
    const { urls, bytes } = precacheSummary(inject("buildDir"));
    for (const f of [
      "index.html",
      "manifest.webmanifest",
      "icons/icon-512.png",
      "icons/icon-maskable-512.png",
      "pyodide/pyodide.mjs",
      "pyodide/pyodide.asm.mjs",
      "pyodide/pyodide.asm.wasm",
      "pyodide/python_stdlib.zip",
      "pyodide/pyodide-lock.json",
    ])
      expect(urls).toContain(f);
    for (const re of [
      /^assets\/sql-wasm-.*\.wasm$/,
      /^assets\/sql\.worker-.*\.js$/,
      /^assets\/python\.worker-.*\.js$/,
      /^assets\/Markdown-.*\.js$/,
      /^assets\/PlainCodeEditor-.*\.js$/,
      /^assets\/codicon-.*\.ttf$/,
    ])
      expect(
        urls.some((u) => re.test(u)),
        String(re),
      ).toBe(true);
    // Every built-in pack (questions/<id>.json becomes the chunk assets/<id>-<hash>.js).
    for (const file of readdirSync("questions").filter((f) => f.endsWith(".json"))) {
      const name = file.replace(/\.json$/, "");
      const pack = builtinPack(name);
      const chunks = urls.filter((u) => new RegExp(`^assets/${name}-[\\w-]{8}\\.js$`).test(u));
      const holds = chunks.some((u) =>
        readFileSync(join(inject("buildDir"), u), "utf8").includes(pack.questions[0]!.id),
      );
      expect(holds, file).toBe(true);
    }
    for (const re of [/^assets\/CodeEditor-/, /editor\.api-/, /editor\.worker-/, /ChartCanvas-/, /\.map$/])
      expect(
        urls.some((u) => re.test(u)),
        String(re),
      ).toBe(false);
    expect(bytes).toBeGreaterThan(10 * 1024 * 1024);
  });

  it("opens home, a question, runs Python and SQL, and starts a mock with the network cut", async () => {
    const { page, context, errors } = browser.current();
    const server = await host(inject("buildDir"));
    await firstVisit(page, server.url);
    // Scope and manifest follow the sub-path.
    const where = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
      const manifest = (await (await fetch(link.href)).json()) as { start_url: string; scope: string };
      return {
        scope: reg?.scope,
        start: new URL(manifest.start_url, link.href).href,
        manifestScope: new URL(manifest.scope, link.href).href,
      };
    });
    expect(where).toEqual({ scope: server.url, start: server.url, manifestScope: server.url });
    // Chromium finds nothing missing for installing the app (manifest, icons, service worker).
    const cdp = await context.newCDPSession(page);
    const { errors: manifestErrors } = (await cdp.send("Page.getAppManifest")) as { errors: unknown[] };
    expect(manifestErrors).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    // Playwright's contexts are incognito profiles, where no app can be installed.
    expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);

    // The editor is used once online, so it is cached on first use.
    await page.goto(`${server.url}#/practice/python-algorithms/${py.id}`);
    await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    await expect
      .poll(
        () =>
          page.evaluate(async () =>
            (await (await caches.open("mle-dojo-on-demand")).keys()).map((r) => r.url).join(" "),
          ),
        { timeout: 20_000 },
      )
      .toMatch(/editor\.api-.*\.js/);

    await context.setOffline(true);
    server.setRoot(null);
    const cutAt = server.requests.length;
    const failed: string[] = [];
    context.on("requestfailed", (r) => {
      // Requests cut short by the reloads below are aborted, not failed.
      const why = r.failure()?.errorText ?? "";
      if (why !== "net::ERR_ABORTED") failed.push(`${r.url()} ${why}`);
    });

    await page.reload();
    await page.getByRole("heading", { level: 1, name: py.title }).waitFor();
    await pasteIntoEditor(page, context, py.referenceSolution);
    await runPasses(page);

    await page.goto(`${server.url}#/practice/sql/${sql.id}`);
    await page.getByRole("heading", { level: 1, name: sql.title }).waitFor();
    await pasteIntoEditor(page, context, sql.reference);
    await runPasses(page);

    await page.goto(server.url);
    await page.reload();
    await page.getByRole("link", { name: "MLE Dojo home" }).waitFor();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    await startMock(page, server.url);
    await page.locator(".mock-question-title").waitFor();

    // A module worker made from a blob: URL (how the runners start their workers under a strict
    // CSP) is controlled through its creator: its imports and fetches come from the cache too.
    const fromBlob = await page.evaluate(async () => {
      const mod = new URL("pyodide/pyodide.mjs", document.baseURI).href;
      const wasm = new URL("pyodide/pyodide.asm.wasm", document.baseURI).href;
      const src = `import * as m from ${JSON.stringify(mod)};
        const r = await fetch(${JSON.stringify(wasm)});
        postMessage(typeof m.loadPyodide + " " + r.status);`;
      const url = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
      const worker = new Worker(url, { type: "module" });
      return await new Promise<string>((resolve) => {
        worker.onmessage = (e) => resolve(String(e.data));
        worker.onerror = (e) => resolve(`error: ${e.message}`);
      });
    });
    expect(fromBlob).toBe("function 200");

    expect(hostHits(server, cutAt)).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("falls back to a plain text field for code when the editor was never opened online", async () => {
    const { page } = browser.current();
    const server = await host(inject("buildDir"));
    await firstVisit(page, server.url);
    await page.context().setOffline(true);
    server.setRoot(null);

    await page.reload();
    await page.goto(`${server.url}#/practice/python-algorithms/${py.id}`);
    await page.getByRole("heading", { level: 1, name: py.title }).waitFor();
    await page.getByRole("note").filter({ hasText: "The code editor could not load" }).waitFor();
    const field = page.getByRole("textbox", { name: "Python code editor" });
    await field.fill(py.referenceSolution);
    await field.press("ControlOrMeta+Enter");
    await page
      .getByRole("region", { name: "Run results" })
      .locator(".verdict", { hasText: "All tests passed" })
      .waitFor({ timeout: 90_000 });
  });
});

describe("a new deployment", () => {
  let nextBuild = "";
  beforeAll(async () => {
    nextBuild = mkdtempSync(join(tmpdir(), "mle-dojo-e2e-next-"));
    // The same app with one changed file, as after a deployment.
    await buildApp(nextBuild, {
      plugins: [
        {
          name: "e2e-next-version",
          transformIndexHtml: (html: string) =>
            html.replace("</head>", '<meta name="mle-dojo-e2e-version" content="next"></head>'),
        },
      ],
    });
  });
  afterAll(() => rmSync(nextBuild, { recursive: true, force: true }));

  const version = (page: Page) =>
    page.evaluate(
      () => document.querySelector('meta[name="mle-dojo-e2e-version"]')?.getAttribute("content") ?? "first",
    );
  /** The service workers as `page` sees them, to explain a version that did not change. */
  const workers = (page: Page) =>
    page
      .evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        const c = navigator.serviceWorker.controller;
        return `controller ${c?.state ?? "none"}, installing ${r?.installing?.state ?? "none"}, waiting ${r?.waiting?.state ?? "none"}, active ${r?.active?.state ?? "none"}`;
      })
      .catch((e: unknown) => `unknown (${String(e)})`);
  /** Wait until `page` runs the new version; if it never does, say what its workers were doing. */
  const reachesNext = async (page: Page) => {
    try {
      await expect.poll(() => version(page), { timeout: 60_000 }).toBe("next");
    } catch (e) {
      throw new Error(`still the old version after Reload; service workers: ${await workers(page)}`, {
        cause: e,
      });
    }
  };

  it("is offered with a notice, never during a mock, and keeps the user's data", async () => {
    const { page } = browser.current();
    const server = await host(inject("buildDir"));
    await firstVisit(page, server.url);

    // Some user data: a practice attempt (IndexedDB) and a theme (localStorage).
    await page.goto(`${server.url}#/practice/ml-fundamentals/${choice.id}`);
    await page.getByRole("heading", { level: 1, name: choice.title }).waitFor();
    await page.locator(`input[value="${choice.options.find((o) => o.correct)!.id}"]`).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page
      .getByRole("region", { name: "Your submissions" })
      .locator(".attempt-list > li")
      .first()
      .waitFor();
    await page.getByRole("button", { name: /^Theme: System/ }).click();
    await page.getByRole("button", { name: /^Theme: Light/ }).click();
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe("dark");

    await startMock(page, server.url);
    server.setRoot(nextBuild);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(
      async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
      undefined,
      { timeout: 60_000 },
    );
    // During the mock: no notice, even after a reload, and still the old version.
    await page.reload();
    await page.getByRole("region", { name: "Mock clock and controls" }).waitFor();
    await page.waitForTimeout(1500);
    expect(await page.getByRole("status", { name: "Update available" }).count()).toBe(0);
    expect(await version(page)).toBe("first");

    // Leaving the mock shows it; a plain reload does not swap versions behind the user's back.
    await page.goto(`${server.url}#/`);
    const notice = page.getByRole("status", { name: "Update available" });
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toMatch(/Update available — reload/);
    await page.reload();
    await notice.waitFor({ timeout: 30_000 });
    expect(await version(page)).toBe("first");

    await notice.getByRole("button", { name: "Reload" }).click();
    await reachesNext(page);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await notice.count()).toBe(0);
    expect(await theme()).toBe("dark");
    await page.goto(`${server.url}#/practice/ml-fundamentals/${choice.id}`);
    await page
      .getByRole("region", { name: "Your submissions" })
      .locator(".attempt-list > li")
      .first()
      .waitFor();
    await page.goto(`${server.url}#/`);
    await page.getByText(/Resume “Custom loop”/).waitFor();
  });

  it("reaches every open tab: each offers the reload again once another tab switched versions", async () => {
    const { page, context } = browser.current();
    const server = await host(inject("buildDir"));
    // `page` saw the first install (no worker controlled it when it loaded); the other two opened
    // later, under the worker.
    await firstVisit(page, server.url);
    await page.getByRole("status", { name: "Ready offline" }).getByRole("button", { name: "Close" }).click();
    const [other, third] = [await context.newPage(), await context.newPage()];
    for (const p of [other, third]) {
      await p.goto(server.url);
      await p.waitForFunction(() => navigator.serviceWorker.controller !== null);
    }
    const notice = (p: Page) => p.getByRole("status", { name: "Update available" });

    server.setRoot(nextBuild);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    for (const p of [page, other, third]) await notice(p).waitFor({ timeout: 60_000 });
    for (const p of [page, third]) {
      await notice(p).getByRole("button", { name: "Later" }).click();
      expect(await notice(p).count()).toBe(0);
    }

    await notice(other).getByRole("button", { name: "Reload" }).click();
    await reachesNext(other);
    // The other tabs still run the old code, and say so.
    for (const p of [page, third]) {
      await notice(p).waitFor({ timeout: 30_000 });
      expect(await version(p)).toBe("first");
    }
    // The tab that saw the first install does not announce it again.
    expect(await page.getByRole("status", { name: "Ready offline" }).count()).toBe(0);
    for (const p of [page, third]) {
      await notice(p).getByRole("button", { name: "Reload" }).click();
      await reachesNext(p);
    }
  });
});
