import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "./browser";
import { builtinPack, builtinQuestions, evidenceFor, firstOfKind } from "./practice-helpers";

const browser = setupBrowser();
const choice = firstOfKind("ml-fundamentals", "choice");
const numeric = firstOfKind("ml-fundamentals", "numeric");
const written = firstOfKind("ml-fundamentals", "written");
const design = firstOfKind("system-design", "design");
const textOf = (markdown: string) => markdown.replace(/[*_`$\\]/g, "").slice(0, 30);

describe("choice and numeric questions", () => {
  it("gives an immediate verdict with every option's explanation, and records attempts", async () => {
    const { page, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${choice.id}`);
    await page.getByRole("heading", { level: 1, name: choice.title }).waitFor();
    const wrong = choice.options.find((o) => !o.correct)!;
    const right = choice.options.find((o) => o.correct)!;
    await page.getByRole("radio", { name: textOf(wrong.text) }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("status").filter({ hasText: "Not quite" }).waitFor();
    expect(await page.locator(".option-explanation").count()).toBe(choice.options.length);
    await page.getByRole("radio", { name: textOf(right.text) }).check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("status").filter({ hasText: "Correct!" }).waitFor();
    await page
      .getByRole("region", { name: "Your submissions" })
      .locator(".attempt-list > li")
      .nth(1)
      .waitFor();
    // The selection is a draft: it survives a reload.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: choice.title }).waitFor();
    await expect
      .poll(() => page.getByRole("radio", { name: textOf(right.text) }).isChecked(), { timeout: 20_000 })
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it("shuffles the options per attempt, keeps the order and letters after a reload, and reshuffles on retry", async () => {
    const { page, errors } = browser.current();
    const q = builtinPack("ml-fundamentals").questions.find(
      (x): x is typeof choice => x.kind === "choice" && x.options.length >= 4,
    )!;
    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${q.id}`);
    await page.getByRole("heading", { level: 1, name: q.title }).waitFor();
    const labels = () => page.locator(".choice-answer label.choice").allInnerTexts();
    const shown = await labels();
    expect(shown.map((t) => t.slice(0, 2))).toEqual(
      q.options.map((_, i) => `${String.fromCharCode(65 + i)}.`),
    );
    await page.locator(".choice-answer input").nth(2).check();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: q.title }).waitFor();
    await expect
      .poll(() => page.locator(".choice-answer input").nth(2).isChecked(), { timeout: 20_000 })
      .toBe(true);
    expect(await labels()).toEqual(shown);
    await page.getByRole("button", { name: "Check answer" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /Correct!|Not quite/ })
      .waitFor();
    expect(await page.locator(".option-explanation").allInnerTexts()).not.toContain(
      expect.stringMatching(/Not correct\. Not correct|left it out/),
    );
    // A new attempt gets a new order; with 4+ options a few tries find a different one.
    let reshuffled = false;
    for (let i = 0; i < 5 && !reshuffled; i++) {
      await page.locator(".choice-answer input").first().check();
      await page.getByRole("button", { name: "Check answer" }).click();
      await page.getByRole("button", { name: "Try again in a new order" }).click();
      reshuffled = JSON.stringify(await labels()) !== JSON.stringify(shown);
    }
    expect(reshuffled).toBe(true);
    expect(errors).toEqual([]);
  });

  it("checks a number against the tolerance", async () => {
    const { page, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${numeric.id}`);
    const field = page.getByRole("textbox", { name: /Your answer/ });
    await field.fill("not a number");
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("status").filter({ hasText: "is not a number" }).waitFor();
    await field.fill(String(numeric.answer * 2 + 1));
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("status").filter({ hasText: "Not quite" }).waitFor();
    await field.fill(String(numeric.answer));
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("status").filter({ hasText: "Correct!" }).waitFor();
    await expect
      .poll(() =>
        page.getByRole("region", { name: "Your submissions" }).locator(".attempt-list > li").count(),
      )
      .toBe(2);
    await page.reload();
    await expect
      .poll(() => page.getByRole("textbox", { name: /Your answer/ }).inputValue(), { timeout: 20_000 })
      .toBe(String(numeric.answer));
    expect(errors).toEqual([]);
  });
});

describe("written and design questions", () => {
  it("shows signal phrases as evidence, starts every item unticked, and scores the user's own ticks", async () => {
    const { page, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${written.id}`);
    await page.getByRole("heading", { level: 1, name: written.title }).waitFor();
    const ev = evidenceFor(written);
    const item = written.rubric[ev.index]!;
    await page.getByRole("textbox", { name: "Your answer" }).fill(ev.sentence);
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByLabel("Your answer preview").waitFor();
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByRole("button", { name: "Submit for self-assessment" }).click();
    const review = page.getByRole("region", { name: "Self-assessment" });
    await review.waitFor();
    const boxes = review.getByRole("checkbox");
    expect(await boxes.count()).toBe(written.rubric.length);
    for (let i = 0; i < written.rubric.length; i++) expect(await boxes.nth(i).isChecked()).toBe(false);
    expect(await review.innerText()).toContain(`found: “${ev.signal}”`);
    // Honest self-assessment: the user ticks what they really covered.
    await boxes.nth(ev.index).check();
    await page.getByRole("button", { name: "Confirm self-assessment" }).click();
    const scored = page.getByRole("region", { name: "Rubric score" });
    await scored.waitFor();
    const total = written.rubric.reduce((s, r) => s + r.points, 0);
    expect(await scored.getByRole("status").innerText()).toContain(`Score: ${item.points} / ${total} points`);
    // One question is no evidence for a hire signal: practice shows none.
    expect(await scored.innerText()).not.toMatch(/hire signal:|strong hire|lean hire|no hire/i);
    await scored.getByRole("heading", { name: "Model answer" }).waitFor();
    await expect
      .poll(() =>
        page.getByRole("region", { name: "Your submissions" }).locator(".attempt-list > li").count(),
      )
      .toBe(1);
    expect(
      await page
        .getByRole("region", { name: "Your submissions" })
        .locator(".attempt-list > li")
        .first()
        .innerText(),
    ).toMatch(/self-assessed/);
    await page.reload();
    await expect
      .poll(() => page.getByRole("textbox", { name: "Your answer" }).inputValue(), { timeout: 20_000 })
      .toContain(ev.signal);
    expect(errors).toEqual([]);
  });

  it("has one field per design section and reveals the interviewer's follow-ups after the first submission", async () => {
    const { page, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice/system-design/${design.id}`);
    await page.getByRole("heading", { level: 1, name: design.title }).waitFor();
    for (const s of design.sections)
      await page.getByRole("textbox", { name: s.title, exact: true }).waitFor();
    expect(await page.getByRole("textbox", { name: /Follow-up/ }).count()).toBe(0);
    await page
      .getByRole("textbox", { name: design.sections[0]!.title, exact: true })
      .fill(design.sections[0]!.rubric[0]!.signals[0]!);
    await page.getByRole("button", { name: "Submit for self-assessment" }).click();
    await page.getByRole("button", { name: "Confirm self-assessment" }).click();
    await page.getByRole("region", { name: "Rubric score" }).waitFor();
    await page.getByRole("button", { name: "Revise my answer" }).click();
    expect(await page.getByRole("textbox", { name: /Follow-up/ }).count()).toBe(design.followUps.length);
    expect(errors).toEqual([]);
  });
});

describe("finding questions", () => {
  it("filters by category and difficulty, keeps filters in the URL, and opens a question", async () => {
    const { page, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/practice`);
    await page.getByRole("list", { name: "Questions" }).waitFor();
    await page.getByRole("combobox", { name: "Category" }).selectOption("system-design");
    await page.getByRole("combobox", { name: "Difficulty" }).selectOption("hard");
    expect(page.url()).toMatch(/#\/practice\?category=system-design&difficulty=hard/);
    // The filter spans every pack; the question opened at the end is one of the system-design pack's.
    const expected = builtinQuestions().filter(
      (q) => q.category === "system-design" && q.difficulty === "hard",
    ).length;
    const hard = builtinPack("system-design").questions.filter((q) => q.difficulty === "hard");
    await expect
      .poll(() => page.getByRole("list", { name: "Questions" }).getByRole("listitem").count(), {
        timeout: 20_000,
      })
      .toBe(expected);
    // Shared link: a fresh page with the same URL shows the same view.
    const other = await browser.newPage();
    await other.page.goto(page.url());
    await expect
      .poll(() => other.page.getByRole("list", { name: "Questions" }).getByRole("listitem").count(), {
        timeout: 20_000,
      })
      .toBe(expected);
    await page.getByRole("searchbox", { name: "Search" }).fill(hard[0]!.title);
    await expect.poll(() => page.getByRole("list", { name: "Questions" }).getByRole("link").count()).toBe(1);
    await page.getByRole("list", { name: "Questions" }).getByRole("link").first().click();
    await page.getByRole("heading", { level: 1, name: hard[0]!.title }).waitFor();
    expect(page.url()).toMatch(/#\/practice\/system-design\//);
    expect(errors).toEqual([]);
  });
});
