import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "./browser";
import { editorText, firstOfKind, pasteIntoEditor } from "./practice-helpers";

const browser = setupBrowser();
const py = firstOfKind("python-algorithms", "python");
const sql = firstOfKind("sql", "sql");

describe("Python questions in the practice workspace", () => {
  it("fails a wrong answer (hidden cases redacted: no expected value, no output), passes the reference on Submit, stores the attempt, and keeps the draft after a reload", async () => {
    const { page, context, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice/python-algorithms/${py.id}`);
    await page.getByRole("heading", { level: 1, name: py.title }).waitFor();
    await pasteIntoEditor(page, context, py.wrongAnswers[0]!.code);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    const results = page.getByRole("region", { name: "Submission results" });
    await results.waitFor({ timeout: 90_000 });
    expect(await results.locator(".verdict").innerText()).toMatch(/Some tests failed/);
    const failed = results.locator(".case-fail").first();
    const failedText = await failed.innerText();
    if (/Hidden case/.test(failedText)) {
      expect(failedText).toMatch(/differs from the expected value on this hidden case/);
      expect(failedText).not.toMatch(/Expected|Actual|Output/);
    } else {
      expect(failedText).toMatch(/Expected[\s\S]*Actual/);
    }

    await pasteIntoEditor(page, context, py.referenceSolution);
    await page.keyboard.press("ControlOrMeta+Shift+Enter");
    await page
      .getByRole("region", { name: "Submission results" })
      .locator(".verdict", { hasText: "All tests passed" })
      .waitFor({ timeout: 60_000 });
    const history = page.getByRole("region", { name: "Your submissions" }).or(page.locator(".history"));
    await history.locator(".attempt-list > li").nth(1).waitFor();
    expect(await history.locator(".attempt-list > li").first().innerText()).toMatch(/passed, 100%/);

    await page.reload();
    await page.getByRole("heading", { level: 1, name: py.title }).waitFor();
    await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    expect(await editorText(page)).toContain(py.referenceSolution.split("\n")[1]!.trim());
    expect(await page.locator(".history .attempt-list > li").count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it("points at the user's line for a runtime error and marks it in the editor", async () => {
    const { page, context } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice/python-algorithms/${py.id}`);
    await pasteIntoEditor(
      page,
      context,
      `def ${py.entry}(*args, **kwargs):\n    x = 1\n    return undefined_name\n`,
    );
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const results = page.getByRole("region", { name: "Run results" });
    await results.waitFor({ timeout: 90_000 });
    expect(await results.locator(".case-error").first().innerText()).toMatch(
      /NameError: name 'undefined_name' is not defined \(line 3\)/,
    );
    await page.locator(".monaco-editor .squiggly-error").first().waitFor();
  });

  for (const [name, url] of [
    ["cross-origin isolated (interrupt buffer)", "isolatedURL"],
    ["not isolated (worker replaced)", "subpathURL"],
  ] as const) {
    it(`stops an infinite loop when ${name}, and the next run works`, async () => {
      const { page, context } = browser.current();
      await page.goto(`${inject(url)}#/practice/python-algorithms/${py.id}`);
      expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(url === "isolatedURL");
      await pasteIntoEditor(
        page,
        context,
        `def ${py.entry}(*args, **kwargs):\n    while True:\n        pass\n`,
      );
      await page.getByRole("button", { name: "Run", exact: true }).click();
      const results = page.getByRole("region", { name: "Run results" });
      await results.waitFor({ timeout: 90_000 });
      expect(await results.getByRole("alert").innerText()).toMatch(/Timeout/);
      await pasteIntoEditor(page, context, py.referenceSolution);
      await page.getByRole("button", { name: "Run", exact: true }).click();
      await page
        .getByRole("region", { name: "Run results" })
        .locator(".verdict", { hasText: "All tests passed" })
        .waitFor({ timeout: 90_000 });
    });
  }
});

describe("SQL questions in the practice workspace", () => {
  it("shows the schema, a wrong query's missing and extra rows, and passes the reference", async () => {
    const { page, context, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice/sql/${sql.id}`);
    await page.getByRole("heading", { level: 1, name: sql.title }).waitFor();
    await page.getByText("Schema and sample rows").waitFor();
    await page.locator(".schema-table").first().waitFor({ timeout: 30_000 });
    await pasteIntoEditor(page, context, sql.wrongAnswers[0]!.query);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    const results = page.getByRole("region", { name: "Submission results" });
    await results.waitFor({ timeout: 30_000 });
    expect(await results.locator(".verdict").innerText()).toMatch(/Some tests failed/);
    expect(await results.locator("caption").allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/Missing rows|Extra rows|Your result/)]),
    );

    await pasteIntoEditor(page, context, "SELEC broken");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page
      .getByRole("region", { name: "Run results" })
      .getByRole("alert")
      .filter({ hasText: "syntax error" })
      .waitFor();

    await pasteIntoEditor(page, context, sql.reference);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page
      .getByRole("region", { name: "Submission results" })
      .locator(".verdict", { hasText: "All tests passed" })
      .waitFor({ timeout: 30_000 });
    const history = page.getByRole("region", { name: "Your submissions" });
    await expect.poll(() => history.locator(".attempt-list > li").count()).toBe(2);
    expect(await history.locator(".attempt-list > li").first().innerText()).toMatch(/passed, 100%/);
    await page.reload();
    await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    expect(await editorText(page)).toContain(sql.reference.split("\n")[0]!.trim());
    expect(errors).toEqual([]);
  });

  it("stops a runaway recursive query and the next run works", async () => {
    const { page, context } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice/sql/${sql.id}`);
    await pasteIntoEditor(
      page,
      context,
      "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r;",
    );
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page
      .getByRole("region", { name: "Run results" })
      .getByRole("alert")
      .filter({ hasText: "Timeout" })
      .waitFor({ timeout: 30_000 });
    await pasteIntoEditor(page, context, sql.reference);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page
      .getByRole("region", { name: "Run results" })
      .locator(".verdict", { hasText: "All tests passed" })
      .waitFor({ timeout: 30_000 });
  });
});
