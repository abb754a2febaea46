// Hostile SQL answers and a hostile pack in Chromium against the built app: each cheat or leak is
// refused or shows nothing of the hidden data, and the next honest answer still passes.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { sqlQuestion, validPack } from "../domain/packs/pack-factories";
import { setupBrowser } from "./browser";
import { firstOfKind, pasteIntoEditor, storePack } from "./practice-helpers";

const browser = setupBrowser();
const builtin = firstOfKind("sql", "sql");

// Hidden data: none of these may ever appear on the page.
const SECRETS = ["zoltan", "quincy", "4242", "31337"];
const schema = "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, amount REAL);";
const honest = "SELECT customer, SUM(amount) AS total FROM orders GROUP BY customer;";
const pack = validPack(
  [
    sqlQuestion("totals", {
      title: "Totals per customer",
      schema,
      seed: "INSERT INTO orders VALUES (1, 'ann', 10), (2, 'bob', 5), (3, 'ann', 7);",
      variants: [
        {
          id: "secret",
          description: "Other customers",
          seed: "INSERT INTO orders VALUES (1, 'zoltan', 4242), (2, 'quincy', 31337), (3, 'zoltan', 1), (4, 'quincy', 2);",
        },
      ],
      reference: honest,
      wrongAnswers: [
        { id: "max", query: "SELECT customer, MAX(amount) FROM orders GROUP BY customer;", mistake: "Max." },
      ],
    }),
    sqlQuestion("heap-limit", {
      title: "A pack that sets a heap limit",
      reference: "PRAGMA hard_heap_limit = 65536; SELECT SUM(x) FROM t;",
    }),
  ],
  { id: "e2e-sql-hostile", title: "E2E hostile SQL" },
);
const questionUrl = (id: string) => `${inject("isolatedURL")}#/practice/e2e-sql-hostile/${id}`;

async function open(page: Page, id: string, title: string): Promise<void> {
  await page.goto(questionUrl(id));
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
}

async function answer(page: Page, query: string, button: "Run" | "Submit") {
  const { context } = browser.current();
  await pasteIntoEditor(page, context, query);
  await page.getByRole("button", { name: button, exact: true }).click();
  const region = page.getByRole("region", { name: button === "Run" ? "Run results" : "Submission results" });
  // The verdict line changes with every grading; wait for this answer's, then read the page.
  await region.locator(".verdict").waitFor({ timeout: 30_000 });
  return region;
}

async function expectNoSecrets(page: Page): Promise<void> {
  const text = await page.locator("body").innerText();
  expect(SECRETS.filter((s) => text.includes(s))).toEqual([]);
}

describe("hostile SQL in the browser", () => {
  it("refuses file tricks, hides hidden data in errors and verdicts, and still passes an honest answer", async () => {
    const { page, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await storePack(page, pack as { id: string });
    await page.reload();
    await open(page, "totals", "Totals per customer");

    // Stash the hidden rows in a file on Submit, read them back on Run: both refused.
    let region = await answer(
      page,
      `ATTACH 'stash.db' AS s; CREATE TABLE IF NOT EXISTS s.r AS SELECT * FROM orders; ${honest}`,
      "Submit",
    );
    await region
      .getByRole("alert")
      .filter({ hasText: "ForbiddenStatement: ATTACH is not available" })
      .waitFor();
    region = await answer(page, "ATTACH 'stash.db' AS s; SELECT customer, amount FROM s.r;", "Run");
    await region.getByRole("alert").filter({ hasText: "ForbiddenStatement" }).waitFor();
    await expectNoSecrets(page);

    // An error message built from the hidden rows: only its class is shown.
    const leak = `SELECT CASE WHEN (SELECT count(*) FROM orders) > 3
      THEN json_extract('{}', '$' || (SELECT group_concat(customer || amount) FROM orders)) ELSE customer END,
      SUM(amount) FROM orders GROUP BY customer;`;
    region = await answer(page, leak, "Submit");
    await region
      .getByRole("alert")
      .filter({ hasText: "SQLiteError: Your SQL failed on a hidden dataset" })
      .waitFor();
    expect(await region.locator(".case-error").innerText()).toContain(
      "Failed on a hidden dataset (SQLiteError).",
    );
    await expectNoSecrets(page);

    // A wrong answer: the hidden case says so, without rows or counts.
    region = await answer(page, "SELECT customer, MAX(amount) FROM orders GROUP BY customer;", "Submit");
    await region.locator(".verdict", { hasText: "Some tests failed" }).waitFor();
    const hidden = region.locator(".case-fail", { hasText: "Hidden case secret" });
    await hidden.getByText("Wrong result on a hidden dataset.").waitFor();
    expect(await hidden.locator("table").count()).toBe(0);
    expect(await hidden.innerText()).not.toMatch(/\d+ (correct|missing|extra|rows?)\b/);
    await expectNoSecrets(page);

    region = await answer(page, honest, "Submit");
    await region.locator(".verdict", { hasText: "All tests passed" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("a pack whose reference sets a process-wide heap limit fails alone; other questions still pass", async () => {
    const { page } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await storePack(page, pack as { id: string });
    await page.reload();
    await open(page, "heap-limit", "A pack that sets a heap limit");
    const region = await answer(page, "SELECT SUM(x) FROM t;", "Run");
    await region
      .getByRole("alert")
      .filter({ hasText: /QuestionError: .*hard_heap_limit/ })
      .waitFor();

    await page.goto(`${inject("isolatedURL")}#/practice/sql/${builtin.id}`);
    await page.getByRole("heading", { level: 1, name: builtin.title }).waitFor();
    await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    const ok = await answer(page, builtin.reference, "Submit");
    await ok.locator(".verdict", { hasText: "All tests passed" }).waitFor();
  });
});
