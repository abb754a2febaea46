/**
 * The first hour of a new user, at 1440×900 and 390×844: results in view after Run, every SQL
 * table at a glance, Next/Similar/Random, past submissions restored, custom input, bookmarks and
 * notes, the practice list's sort and phone filter bar, the home page's strip and Start here.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { setupBrowser, VIEWPORTS } from "./browser";
import { builtinPack, editorText, pasteIntoEditor } from "./practice-helpers";

const sqlQ = builtinPack("sql").questions.find((q) => q.id === "user-order-counts-left-join")!;
const pyQ = builtinPack("python-algorithms").questions.find((q) => q.id === "dedupe-latest-events")!;
if (sqlQ.kind !== "sql" || pyQ.kind !== "python") throw new Error("unexpected question kinds");

/** Whether the top of `selector`'s first match is inside the viewport (below the sticky header). */
async function topInView(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight - 40;
    });
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`first hour (${size} ${viewport.width}×${viewport.height})`, () => {
    const browser = setupBrowser({ viewport });

    it("SQL: every table named at a glance, and Run brings its verdict into view", async () => {
      const { page, context, errors } = browser.current();
      await page.goto(`${inject("isolatedURL")}#/practice/sql/${sqlQ.id}`);
      await page.getByRole("heading", { level: 1, name: sqlQ.title }).waitFor();
      // On a phone the answer is stacked under the prompt: one tap goes down to it.
      const jump = page.getByRole("button", { name: "Go to your answer ↓" });
      if (size === "phone") {
        expect(await topInView(page, ".answer-pane")).toBe(false);
        await jump.click();
        await expect.poll(() => topInView(page, ".answer-pane")).toBe(true);
        await page.evaluate(() => window.scrollTo(0, 0));
      } else expect(await jump.isVisible()).toBe(false);
      const summary = page.locator(".schema-browser summary");
      await expect.poll(() => summary.innerText(), { timeout: 30_000 }).toMatch(/2 tables: users, orders/);
      // Table names are h3 under the answer pane's h2: no skipped heading level.
      expect(await page.getByRole("heading", { level: 3, name: /^orders/ }).count()).toBe(1);
      expect(await page.getByRole("heading", { level: 2, name: "Your answer" }).count()).toBe(1);
      await pasteIntoEditor(page, context, "SELECT user_id FROM users");
      await page.getByRole("button", { name: "Run", exact: true }).click();
      await page.getByRole("region", { name: "Run results" }).waitFor();
      await expect.poll(() => topInView(page, ".result .verdict")).toBe(true);

      await pasteIntoEditor(page, context, sqlQ.reference);
      await page.getByRole("button", { name: "Submit", exact: true }).click();
      const results = page.getByRole("region", { name: "Submission results" });
      await results.locator(".verdict", { hasText: "All tests passed" }).waitFor({ timeout: 60_000 });
      await expect.poll(() => topInView(page, ".result .verdict")).toBe(true);
      // Right under the verdict: where to go next.
      const more = results.getByRole("navigation", { name: "More questions" });
      await more.getByRole("link", { name: "Next question →" }).waitFor();
      expect(await more.getByRole("link", { name: /^Similar: / }).count()).toBe(1);
      expect(await more.getByRole("link", { name: "Random question" }).getAttribute("href")).toMatch(
        /^#\/practice\/[^/]+\/[^/]+$/,
      );
      await more.getByRole("link", { name: "Next question →" }).click();
      await page.waitForURL(/#\/practice\/sql\/(?!user-order-counts-left-join)/);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(errors).toEqual([]);
    });

    it("Python: submissions restorable into the editor, custom input, a verdict that says whose error", async () => {
      const { page, context, errors } = browser.current();
      await page.goto(`${inject("isolatedURL")}#/practice/python-algorithms/${pyQ.id}`);
      await page.getByRole("heading", { level: 1, name: pyQ.title }).waitFor();
      const wrong = pyQ.wrongAnswers[0]!.code;
      await pasteIntoEditor(page, context, wrong);
      await page.getByRole("button", { name: "Submit", exact: true }).click();
      await page.getByRole("region", { name: "Submission results" }).waitFor({ timeout: 90_000 });
      await expect.poll(() => topInView(page, ".result .verdict")).toBe(true);

      // A syntax error is the candidate's, and says so.
      await pasteIntoEditor(page, context, "def broken(:\n    pass\n");
      await page.getByRole("button", { name: "Run", exact: true }).click();
      const run = page.getByRole("region", { name: "Run results" });
      await run.waitFor({ timeout: 60_000 });
      expect(await run.locator(".verdict").innerText()).toMatch(/^Your code has a syntax error/);

      // Custom input: call the function on your own arguments.
      await pasteIntoEditor(page, context, pyQ.referenceSolution);
      await page.getByText("Custom input: call").click();
      const args = page
        .getByRole("textbox", { name: `${pyQ.entry}( )` })
        .or(page.locator(".custom-input input"));
      await args.fill('[["b", 1, "x"], ["a", 2, "y"], ["b", 3, "z"]]');
      await page.getByRole("button", { name: "Run with this input" }).click();
      const custom = page.getByRole("region", { name: "Custom run result" });
      await custom.waitFor({ timeout: 60_000 });
      expect(await custom.innerText()).toMatch(/Returned\s+\[\['a', 2, 'y'\], \['b', 3, 'z'\]\]/);
      await args.fill("[1, 2");
      await page.getByRole("button", { name: "Run with this input" }).click();
      await page.getByRole("alert").filter({ hasText: "is not closed" }).waitFor();

      // Restore the first (wrong) submission into the editor.
      const history = page.getByRole("region", { name: "Your submissions" });
      await history.locator(".attempt-list > li").first().locator("summary").click();
      expect(await history.locator(".attempt-list > li").first().innerText()).toContain(
        wrong.split("\n")[0]!.trim(),
      );
      await history.getByRole("button", { name: "Restore this code into the editor" }).click();
      await page
        .getByRole("dialog", { name: "Restore this submission?" })
        .getByRole("button", { name: "Restore" })
        .click();
      await expect.poll(() => editorText(page)).toContain(wrong.split("\n")[0]!.trim());
      expect(errors).toEqual([]);
    });

    it("bookmarks and notes a question, finds it with the Bookmarked filter, and keeps both after a reload", async () => {
      const { page, errors } = browser.current();
      await page.goto(`${inject("isolatedURL")}#/practice/sql/${sqlQ.id}`);
      await page.getByRole("button", { name: "Bookmark", pressed: false }).click();
      await page.getByRole("button", { name: "Bookmarked", pressed: true }).waitFor();
      await page.getByRole("textbox", { name: "Your notes" }).fill("LEFT JOIN, then COALESCE.");
      await page.getByText("Saved.").waitFor();
      await page.reload();
      await page.getByRole("button", { name: "Bookmarked", pressed: true }).waitFor();
      await expect
        .poll(() => page.getByRole("textbox", { name: "Your notes" }).inputValue())
        .toBe("LEFT JOIN, then COALESCE.");
      // Reloaded at once, before the typing pause that saves: the change is kept all the same.
      await page.getByRole("textbox", { name: "Your notes" }).fill("LEFT JOIN, then COALESCE. Mind NULLs.");
      await page.reload();
      await expect
        .poll(() => page.getByRole("textbox", { name: "Your notes" }).inputValue())
        .toBe("LEFT JOIN, then COALESCE. Mind NULLs.");

      await page.goto(`${inject("isolatedURL")}#/practice?bookmarked=1`);
      const list = page.getByRole("list", { name: "Questions" });
      await expect.poll(() => list.getByRole("listitem").count()).toBe(1);
      expect(await list.innerText()).toContain(sqlQ.title);
      expect(await list.innerText()).toMatch(/SQL for ML engineers/);
      expect(errors).toEqual([]);
    });

    it("sorts the list, shows minutes and pack on each row, and folds the filters on a phone", async () => {
      const { page } = browser.current();
      await page.goto(`${inject("isolatedURL")}#/practice`);
      const list = page.getByRole("list", { name: "Questions" });
      await list.getByRole("listitem").first().waitFor();
      await page.getByRole("combobox", { name: "Sort" }).selectOption("time");
      await page.waitForURL(/sort=time/);
      const first = await list.getByRole("listitem").first().innerText();
      expect(first).toMatch(/~1 min/);
      const category = page.getByRole("combobox", { name: "Category" });
      const toggle = page.getByRole("button", { name: /^Filters/ });
      if (size === "phone") {
        expect(await category.isVisible()).toBe(false);
        await toggle.click();
        await category.waitFor();
      } else {
        expect(await toggle.isVisible()).toBe(false);
      }
      await category.selectOption("coding");
      await page.waitForURL(/category=coding/);
      if (size === "phone") expect(await toggle.innerText()).toBe("Filters (1)");
    });

    it("home: a progress strip, a question of the day and the Start here path to a 30-minute mock", async () => {
      const { page, errors } = browser.current();
      await page.goto(`${inject("isolatedURL")}#/`);
      const strip = page.getByRole("list", { name: "Your progress" });
      await expect.poll(() => strip.innerText()).toMatch(/0 days\s+drill streak/);
      expect(await strip.innerText()).toMatch(/no mock yet/);
      await page.getByText("Question of the day:").waitFor();
      const start = page.getByRole("region", { name: "Start here" });
      expect(await start.innerText()).toContain("0 of 8 done");
      await start.getByRole("link", { name: "Then: a 30-minute mock screen" }).click();
      await page.getByRole("heading", { level: 1, name: "Mock interview" }).waitFor();
      expect(await page.getByRole("radio", { name: "30-minute screen" }).isChecked()).toBe(true);
      expect(await page.locator(".mock-start").innerText()).toContain("30-minute screen, strict, 30 minutes");
      expect(errors).toEqual([]);
    });
  });
}
