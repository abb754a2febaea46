import type { Page } from "playwright-core";
import { PYODIDE_VERSION } from "../../src/runners/python/package-source";
import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "./browser";
import { firstOfKind, pasteIntoEditor, storePack } from "./practice-helpers";
import { pythonQuestion } from "../domain/packs/pack-factories";

const browser = setupBrowser();
const py = firstOfKind("python-algorithms", "python");
const questionUrl = () => `${inject("isolatedURL")}#/practice/python-algorithms/${py.id}`;

const runResults = (page: Page) => page.getByRole("region", { name: "Run results" });

async function run(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Run", exact: true }).click();
}

async function expectPasses(page: Page): Promise<void> {
  await runResults(page).locator(".verdict", { hasText: "All tests passed" }).waitFor({ timeout: 90_000 });
}

describe("Python engine failures in the browser", () => {
  it("reports a crashed worker (C stack overflow) as WorkerCrashed, then the next Run passes on a fresh worker", async () => {
    const { page, context } = browser.current();
    await page.goto(questionUrl());
    await page.getByRole("status").filter({ hasText: "Python: ready" }).waitFor({ timeout: 90_000 });
    // json.dumps of a million nested lists recurses in C: the wasm call stack overflows.
    const crash = [
      "import sys, json",
      "sys.setrecursionlimit(10**8)",
      `def ${py.entry}(*args, **kwargs):`,
      "    x = []",
      "    for _ in range(1_000_000):",
      "        x = [x]",
      "    return len(json.dumps(x))",
      "",
    ].join("\n");
    await pasteIntoEditor(page, context, crash);
    await run(page);
    const alert = runResults(page).getByRole("alert");
    await alert.waitFor({ timeout: 90_000 });
    const text = await alert.innerText();
    expect(text).toMatch(/^WorkerCrashed: Python crashed/);
    expect(text).toMatch(/restarted/);
    await expect.poll(() => page.locator(".engine-status").innerText()).toMatch(/starting|ready/);

    await pasteIntoEditor(page, context, py.referenceSolution);
    await run(page);
    await expectPasses(page);
  });

  it("keeps candidate code away from the page: `import js` and pyodide's bridges fail with a clear ImportError", async () => {
    const { page, context, errors } = browser.current();
    await page.goto(questionUrl());
    for (const [statement, name] of [
      ["import js", "js"],
      ["from pyodide.ffi import to_js", "pyodide"],
      ["import pyodide_js", "pyodide_js"],
    ] as const) {
      await pasteIntoEditor(page, context, `${statement}\ndef ${py.entry}(*args, **kwargs):\n    return 0\n`);
      await run(page);
      const alert = runResults(page).getByRole("alert");
      await alert.waitFor({ timeout: 90_000 });
      const text = await alert.innerText();
      expect(text).toMatch(/^ModuleNotFoundError \(line 1\)/);
      expect(text).toContain(`'${name}' is not available here`);
      expect(text).toContain("without access to JavaScript or the browser");
    }
    // The bridges are back for the harness: a normal run still works afterwards.
    await pasteIntoEditor(page, context, py.referenceSolution);
    await run(page);
    await expectPasses(page);
    expect(errors).toEqual([]);
  });

  it("says clearly that a question's package (numpy) could not be loaded when offline", async () => {
    const { page, context } = browser.current();
    // No network: the package source is unreachable.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort("internetdisconnected"));
    const pack = {
      schemaVersion: 1,
      id: "e2e-numpy",
      title: "E2E numpy pack",
      description: "A question that needs numpy.",
      version: "1.0.0",
      authors: ["e2e"],
      license: "CC0-1.0",
      tags: ["e2e"],
      questions: [
        pythonQuestion("uses-numpy", {
          title: "Sum with numpy",
          packages: ["numpy"],
          referenceSolution: "import numpy as np\ndef add(a, b):\n    return int(np.add(a, b))\n",
        }),
      ],
    };
    // Like a user who wants numpy from Pyodide's official mirror: set that source in Settings.
    await page.goto(`${inject("isolatedURL")}#/settings`);
    await page
      .getByRole("textbox", { name: /Source of optional packages/ })
      .fill(`https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`);
    await page.goto(`${inject("isolatedURL")}#/practice`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await storePack(page, pack);
    await page.goto(`${inject("isolatedURL")}#/practice/e2e-numpy/uses-numpy`);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Sum with numpy" }).waitFor();
    await expect.poll(() => page.locator(".notice-inline").innerText()).toMatch(/uses numpy/);
    await pasteIntoEditor(
      page,
      context,
      "import numpy as np\ndef add(a, b):\n    return int(np.add(a, b))\n",
    );
    await run(page);
    const alert = runResults(page).getByRole("alert");
    await alert.waitFor({ timeout: 90_000 });
    const text = await alert.innerText();
    expect(text).toMatch(
      /^PackageUnavailable: Could not load package numpy \(tried https:\/\/cdn\.jsdelivr\.net\//,
    );
    expect(text).toContain("need a network connection");
  });
});
