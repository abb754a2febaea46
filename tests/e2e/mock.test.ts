import { readdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { encodeShareCode, type LoopTemplate } from "../../src/domain/mock";
import type { Question } from "../../src/domain/packs";
import { setupBrowser } from "./browser";
import { builtinPack, editorText, evidenceFor, pasteIntoEditor, readRecord } from "./practice-helpers";

const browser = setupBrowser();
const T0 = Date.UTC(2026, 3, 6, 9, 0);
// Every built-in pack: a mock may draw its questions from any of them.
const PACKS = readdirSync("questions")
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""));
const byTitle = new Map<string, Question>(
  PACKS.flatMap((p) => builtinPack(p).questions.map((q) => [q.title, q] as const)),
);

/** A short custom loop: two choice questions (3 min), one SQL (4 min), one written debugging (2 min). */
const shortLoop: LoopTemplate = {
  id: "custom",
  title: "Custom loop",
  description: "e2e",
  sections: [
    {
      id: "s1",
      title: "ML fundamentals",
      minutes: 3,
      count: 2,
      filter: { category: "ml-fundamentals", kinds: ["choice"] },
    },
    { id: "s2", title: "SQL", minutes: 4, count: 1, filter: { category: "coding", kinds: ["sql"] } },
    {
      id: "s3",
      title: "Debugging scenario",
      minutes: 2,
      count: 1,
      filter: { category: "debugging", kinds: ["written"] },
    },
  ],
};

const pythonLoop: LoopTemplate = {
  id: "custom",
  title: "Custom loop",
  description: "e2e",
  sections: [
    {
      id: "s1",
      title: "Python coding",
      minutes: 10,
      count: 1,
      filter: { category: "coding", kinds: ["python"] },
    },
  ],
};

async function currentQuestion(page: Page): Promise<Question> {
  const title = (await page.locator(".mock-question-title").innerText()).trim();
  const q = byTitle.get(title);
  if (!q) throw new Error(`unknown question "${title}"`);
  return q;
}

const sectionClock = (page: Page) =>
  page.getByRole("timer", { name: "Time left in this section" }).innerText();
const seconds = (text: string) => {
  const parts = text
    .replace(/[^\d:]/g, "")
    .split(":")
    .map(Number);
  return parts.reduce((acc, n) => acc * 60 + n, 0);
};

async function startFromCode(page: Page, loop: LoopTemplate, seed: number, mode: "Strict" | "Practice") {
  await page.goto(`${inject("isolatedURL")}#/mock?code=${encodeURIComponent(encodeShareCode(loop, seed))}`);
  await page.getByRole("heading", { level: 1, name: "Mock interview" }).waitFor();
  await page.getByText("Shared mock loaded").waitFor();
  await page.getByRole("radio", { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole("button", { name: "Start mock" }).click();
  await page.getByRole("region", { name: "Mock clock and controls" }).waitFor();
}

/** Submissions of the active mock still waiting for their grade, as saved in IndexedDB. */
async function ungradedSubmissions(page: Page): Promise<number> {
  const id = decodeURIComponent(page.url().split("#/mock/")[1] ?? "");
  const mock = (await readRecord(page, "mocks", id)) as {
    state: { submissions: Record<string, { result?: unknown }> };
  };
  return Object.values(mock.state.submissions).filter((x) => !x.result).length;
}

describe("mock interviews", () => {
  it("runs a strict custom mock end to end: submit, reload mid-mock, next section, time-out auto-submit, self-assessment, report", async () => {
    const { page, context, errors } = browser.current();
    await page.clock.install({ time: T0 });
    await startFromCode(page, shortLoop, 12345, "Strict");
    expect(page.url()).toMatch(/#\/mock\/mock-\d+$/);
    expect(await page.getByRole("button", { name: "Pause" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Show hint/ }).count()).toBe(0);

    // Section 1: the first choice question answered correctly and submitted.
    const first = await currentQuestion(page);
    if (first.kind !== "choice") throw new Error("expected a choice question");
    const answer = page.getByRole("region", { name: "Your answer" });
    for (const o of first.options.filter((x) => x.correct))
      await answer.locator(`input[value="${o.id}"]`).check();
    await answer.getByRole("button", { name: "Submit answer" }).click();
    await answer.getByText(/^Submitted at/).waitFor();
    // No explanation during the mock.
    expect(await page.getByText(first.options[0]!.explanation, { exact: true }).count()).toBe(0);

    // The second is left as a draft: moving on submits it as it stands.
    const tabs = page.getByRole("navigation", { name: "Questions in this section" });
    await tabs.getByRole("button").nth(1).click();
    const second = await currentQuestion(page);
    if (second.kind !== "choice") throw new Error("expected a choice question");
    // Wrong for either kind: one wrong option, or every wrong one of a multi-select (which scores
    // the share of options judged right, so a single wrong tick would still earn partial credit).
    const wrongs = second.options.filter((o) => !o.correct);
    for (const o of second.multiple ? wrongs : wrongs.slice(0, 1))
      await answer.locator(`input[value="${o.id}"]`).check();
    await expect.poll(() => tabs.getByRole("button").nth(1).innerText()).toMatch(/draft/);
    // Options are lettered in the mock's seeded order, which a reload keeps.
    const optionLabels = () => answer.locator("label.choice").allInnerTexts();
    const shownOrder = await optionLabels();
    const chosenLetters = (await answer.locator("label.choice:has(input:checked)").allInnerTexts()).map((t) =>
      t.slice(0, 1),
    );
    expect(chosenLetters.length).toBeGreaterThan(0);
    await page.reload();
    await tabs.getByRole("button").nth(1).click();
    await expect.poll(() => optionLabels()).toEqual(shownOrder);
    await page.clock.runFor(30_000);
    await page.getByRole("button", { name: "Next section" }).click();
    await page
      .getByRole("dialog", { name: "Move on to the next section?" })
      .getByRole("button", { name: "Next section" })
      .click();

    // Section 2: SQL, the reference query submitted; then a reload mid-mock.
    await page.getByText(/^Section 2 of 3: /).waitFor();
    const sql = await currentQuestion(page);
    if (sql.kind !== "sql") throw new Error("expected a SQL question");
    await pasteIntoEditor(page, context, sql.reference);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await answer.getByText(/^Submitted at/).waitFor();
    // The query is graded in the background. Let that finish before the fake clock jumps a
    // minute: the jump would otherwise fire the engine's time limit on a slow machine.
    await expect.poll(() => ungradedSubmissions(page), { timeout: 60_000 }).toBe(0);
    await page.clock.runFor(60_000);
    const before = seconds(await sectionClock(page));
    expect(before).toBeLessThanOrEqual(3 * 60);
    await page.reload();
    await page.getByText(/^Section 2 of 3: /).waitFor();
    const after = seconds(await sectionClock(page));
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeGreaterThan(before - 20);
    await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    expect(await editorText(page)).toContain(sql.reference.split("\n")[0]!.trim());
    expect(await tabs.getByRole("button").first().innerText()).toMatch(/submitted/);
    await page.getByRole("button", { name: "Next section" }).click();
    await page
      .getByRole("dialog", { name: "Move on to the next section?" })
      .getByRole("button", { name: "Next section" })
      .click();

    // Section 3: a written answer typed but never submitted; the time runs out.
    await page.getByText(/^Section 3 of 3: /).waitFor();
    const written = await currentQuestion(page);
    if (written.kind !== "written") throw new Error("expected a written question");
    const ev = evidenceFor(written);
    const text = ev.sentence;
    await page.locator(".answer-pane textarea").fill(text);
    // Reloading at once (before the debounced save) keeps what was typed.
    await page.reload();
    await expect.poll(() => page.locator(".answer-pane textarea").inputValue()).toBe(text);
    await page.clock.runFor(60_000);
    await page.getByText(/1 minute left in the mock/).waitFor();
    await page.clock.runFor(61_000);

    // Self-assessment: the evidence is shown, nothing is ticked until the user ticks it.
    await page.getByRole("heading", { level: 1, name: /assess your written answers/ }).waitFor();
    await page.getByText(`found: “${ev.signal}”`).first().waitFor();
    const boxes = page.locator(".mock-assess-one").getByRole("checkbox");
    expect(await boxes.evaluateAll((b) => b.filter((x) => (x as HTMLInputElement).checked).length)).toBe(0);
    await boxes.nth(ev.index).check();
    await page.getByRole("button", { name: /^Confirm assessment/ }).click();

    // The report: scores, the solution now visible, auto-submission noted.
    await page.getByRole("heading", { level: 1, name: /^Report/ }).waitFor({ timeout: 60_000 });
    const report = await page.locator("main").innerText();
    expect(report).toMatch(/time ran out/i);
    // One right choice, one wrong, the SQL reference, and the written answer's ticked rubric item.
    const total = written.rubric.reduce((a, r) => a + r.points, 0);
    const points = 1 + 0 + 1 + written.rubric[ev.index]!.points / total;
    expect(report).toContain(`${Math.round((points / 4) * 100)}%`);
    expect(report).toContain(`${points.toFixed(2)} of 4 points`);
    expect(report).toContain(sql.title);
    expect(report).toContain(second.title);
    await page.getByText(sql.reference.split("\n")[0]!.trim()).first().waitFor({ state: "attached" });
    // The report shows the options under the letters seen in the mock.
    const options = page.getByRole("table", { name: `Options of ${second.title}, as shown in the mock` });
    const chosenRows = options.getByRole("row").filter({ hasText: "Chosen" });
    expect((await chosenRows.getByRole("rowheader").allInnerTexts()).map((t) => t.slice(0, 1))).toEqual(
      chosenLetters,
    );

    // Reloading the report shows the same report: nothing scored twice.
    await page.getByRole("button", { name: "Drill weak topics" }).and(page.locator(":enabled")).waitFor();
    const score = await page.locator("main").innerText();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: /^Report/ }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toBe(score);
    expect(errors).toEqual([]);
  });

  it("grades Python in practice mode, pauses the clock, and lands in the history after finishing early", async () => {
    const { page, context, errors } = browser.current();
    await page.clock.install({ time: T0 });
    await startFromCode(page, pythonLoop, 7, "Practice");
    const py = await currentQuestion(page);
    if (py.kind !== "python") throw new Error("expected a Python question");
    if (py.hints.length) {
      await page.getByRole("button", { name: `Show hint 1 of ${py.hints.length}` }).click();
      await page.locator(".hints li").first().waitFor();
    }
    await pasteIntoEditor(page, context, py.referenceSolution);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page
      .getByRole("region", { name: "Submission results" })
      .locator(".verdict", { hasText: "All tests passed" })
      .waitFor({ timeout: 90_000 });

    // Pause: the questions are hidden and the clock stands still.
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = seconds(await sectionClock(page));
    await page.clock.runFor(120_000);
    expect(seconds(await sectionClock(page))).toBe(paused);
    expect(await page.locator(".monaco-editor").count()).toBe(0);
    await page.getByRole("button", { name: "Resume" }).first().click();
    await page.locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });

    await page.getByRole("button", { name: "Finish section and mock" }).click();
    await page
      .getByRole("dialog", { name: "Finish the mock now?" })
      .getByRole("button", { name: "Finish the mock" })
      .click();
    await page.getByRole("heading", { level: 1, name: /^Report/ }).waitFor({ timeout: 60_000 });
    expect(await page.locator("main").innerText()).toContain(py.title);

    await page.goto(`${inject("isolatedURL")}#/mock`);
    await page.getByRole("heading", { level: 1, name: "Mock interview" }).waitFor();
    await page
      .getByRole("link", { name: /Custom loop/ })
      .first()
      .waitFor();
    expect(errors).toEqual([]);
  });

  it("lets only one tab work on a mock at a time, and hands it over on request", async () => {
    const { page, context, errors } = browser.current();
    await startFromCode(page, shortLoop, 99, "Strict");
    const url = page.url();
    const other = await context.newPage();
    await other.goto(url);
    await other.getByText("This mock is open in another tab or window.").waitFor();
    expect(await other.getByRole("region", { name: "Mock clock and controls" }).count()).toBe(0);

    await other.getByRole("button", { name: "Continue here instead" }).click();
    await other.getByRole("region", { name: "Mock clock and controls" }).waitFor();
    await page.getByText(/^This mock continued in another tab/).waitFor();
    expect(await page.getByRole("region", { name: "Mock clock and controls" }).count()).toBe(0);

    // The tab that took over saves its work; the first tab, reloaded, defers to it.
    const q = await currentQuestion(other);
    if (q.kind !== "choice") throw new Error("expected a choice question");
    const answer = other.getByRole("region", { name: "Your answer" });
    await answer.locator(`input[value="${q.options[0]!.id}"]`).check();
    await answer.getByRole("button", { name: "Submit answer" }).click();
    await answer.getByText(/^Submitted at/).waitFor();
    await page.reload();
    await page.getByText("This mock is open in another tab or window.").waitFor();
    await other.close();
    await page.reload();
    await page.getByRole("region", { name: "Mock clock and controls" }).waitFor();
    const tabs = page.getByRole("navigation", { name: "Questions in this section" });
    expect(await tabs.getByRole("button").first().innerText()).toMatch(/submitted/);
    expect(errors).toEqual([]);
  });

  it("does not score an answer 0 when Python cannot start: it offers to retry or to count it as not graded", async () => {
    // Python's runtime cannot be fetched (as if the files were missing from the host). Without a
    // service worker, which would otherwise serve Pyodide from its precache past the route.
    const { page, context, errors } = await browser.newPage({ serviceWorkers: "block" });
    await page.route("**/pyodide/**", (route) => route.abort());
    await startFromCode(page, pythonLoop, 7, "Strict");
    const py = await currentQuestion(page);
    if (py.kind !== "python") throw new Error("expected a Python question");
    await pasteIntoEditor(page, context, py.referenceSolution);
    await page.getByRole("button", { name: "Submit", exact: true }).click();
    await page.getByRole("button", { name: "Finish section and mock" }).click();
    await page
      .getByRole("dialog", { name: "Finish the mock now?" })
      .getByRole("button", { name: "Finish the mock" })
      .click();

    const failed = page.getByRole("alert").filter({ hasText: "could not be graded" });
    await failed.waitFor({ timeout: 60_000 });
    expect(await failed.innerText()).toContain(py.title);
    expect(await failed.innerText()).toMatch(/Python could not start/);
    // Retrying while Python is still unavailable fails the same way, and nothing is scored.
    await failed.getByRole("button", { name: "Retry grading" }).click();
    await page.getByRole("alert").filter({ hasText: "could not be graded" }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Count it as not graded" }).click();
    await page.getByRole("heading", { level: 1, name: /^Report/ }).waitFor({ timeout: 30_000 });
    const report = await page.locator("main").innerText();
    expect(report).toContain(py.title);
    expect(report).toMatch(/error\s+0%/i);
    expect(
      errors.filter((e) => !/pyodide|Failed to load|net::ERR_FAILED|Python could not start/i.test(e)),
    ).toEqual([]);
  });
});
