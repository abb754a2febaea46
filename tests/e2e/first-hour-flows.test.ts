/**
 * First-hour flows at 1440×900 and 390×844: the drill's one-key rating and undo, strict mode's
 * lock and "abandon", the mock report with the candidate's answers (and its Markdown export), the
 * sticky mock clock on a phone, the phone menu's Escape, no share link for built-in packs, and
 * text contrast of 4.5:1 where the first walkthrough found less.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { encodeShareCode, type LoopTemplate } from "../../src/domain/mock";
import type { Question } from "../../src/domain/packs";
import { setupBrowser, VIEWPORTS } from "./browser";
import { builtinPack, builtinQuestions } from "./practice-helpers";

const ml = builtinPack("ml-fundamentals").questions;
// Mocks draw from the whole bank: every pack's ML-fundamentals questions.
const byTitle = new Map<string, Question>(builtinQuestions().map((q) => [q.title, q]));
const T0 = Date.UTC(2026, 4, 4, 9, 0);

/** One ML-fundamentals choice question in 3 minutes. */
const quiz: LoopTemplate = {
  id: "custom",
  title: "Custom loop",
  description: "e2e",
  sections: [
    {
      id: "s1",
      title: "Quiz",
      minutes: 3,
      count: 1,
      filter: { category: "ml-fundamentals", kinds: ["choice"] },
    },
  ],
};

async function answerChoice(page: Page, q: Question, scope = page.locator("main")) {
  if (q.kind !== "choice") throw new Error(`${q.id} is not a choice question`);
  for (const o of q.options.filter((x) => x.correct)) await scope.locator(`input[value="${o.id}"]`).check();
}

/** WCAG contrast of an element's text against the first opaque background behind it. */
async function contrastOf(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      let bgEl: Element | null = el;
      let bg = [255, 255, 255, 0];
      while (bgEl) {
        const c = rgb(getComputedStyle(bgEl).backgroundColor);
        if ((c[3] ?? 1) > 0.5) {
          bg = c;
          break;
        }
        bgEl = bgEl.parentElement;
      }
      const fg = rgb(getComputedStyle(el).color);
      const lum = ([r, g, b]: number[]) =>
        [r!, g!, b!]
          .map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
          .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      return (a! + 0.05) / (b! + 0.05);
    });
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  describe(`first-hour flows (${size} ${viewport.width}×${viewport.height})`, () => {
    const browser = setupBrowser({ viewport });

    it("drill: rates with one key right under the verdict, and the last rating can be undone", async () => {
      const { page, errors } = browser.current();
      await page.clock.install({ time: T0 });
      await page.goto(`${inject("isolatedURL")}#/drill`);
      await page.getByRole("heading", { level: 1, name: "Daily drill" }).waitFor();
      await page
        .getByRole("group", { name: "Packs" })
        .getByRole("checkbox", { name: "ML fundamentals" })
        .check();
      await page.getByRole("spinbutton", { name: "New questions per day" }).fill("2");
      const today = page.getByRole("region", { name: "Today" });
      await expect.poll(() => today.getByRole("status").innerText()).toBe("0 reviews due, 2 new");
      expect(await today.innerText()).toMatch(/About \d+ min \(your day: 15 min\)/);
      await page.getByRole("button", { name: "Start session" }).click();

      await page.getByRole("heading", { level: 1, name: ml[0]!.title }).waitFor();
      await answerChoice(page, ml[0]!);
      await page.getByRole("button", { name: "Check answer" }).click();
      const rate = page.getByRole("region", { name: "Rate this drill question" });
      await rate.waitFor();
      // Right under the verdict, in view.
      expect(
        await rate.evaluate((el) =>
          el.closest(".after-verdict")?.previousElementSibling?.classList.contains("verdict"),
        ),
      ).toBe(true);
      await expect
        .poll(() => rate.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight))
        .toBe(true);
      // Keys rate outside text fields: leave the option just checked.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press("3"); // Good
      await page.getByRole("heading", { level: 1, name: ml[1]!.title }).waitFor();
      const undo = page.getByRole("button", { name: "Undo last rating" });
      expect(await page.getByText("Last rating: Good.").count()).toBe(1);
      await undo.click();
      await page.getByRole("heading", { level: 1, name: ml[0]!.title }).waitFor();
      await page.getByRole("region", { name: "Daily drill" }).getByText("question 1 of 2").waitFor();
      expect(errors).toEqual([]);
    });

    it("strict mock: navigation locked until abandoned; the report and its Markdown keep the answers", async () => {
      const { page, errors } = browser.current();
      await page.goto(
        `${inject("isolatedURL")}#/mock?code=${encodeURIComponent(encodeShareCode(quiz, 4242))}`,
      );
      await page.getByText("Shared mock loaded").waitFor();
      await page.getByRole("button", { name: "Start mock" }).click();
      const bar = page.getByRole("region", { name: "Mock clock and controls" });
      await bar.waitFor();
      // The main navigation is replaced; any other page says the mock is running.
      expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
      const mockUrl = page.url();
      await page.goto(`${inject("isolatedURL")}#/practice`);
      await page.getByRole("heading", { level: 1, name: "A strict mock is in progress" }).waitFor();
      await page.getByRole("main").getByRole("link", { name: "Back to the mock" }).click();
      await bar.waitFor();
      expect(page.url()).toBe(mockUrl);

      if (size === "phone") {
        // The clock stays in sight while scrolling.
        await page.mouse.wheel(0, 1500);
        await expect.poll(() => bar.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(80);
        expect(await bar.evaluate((el) => el.getBoundingClientRect().bottom)).toBeGreaterThan(0);
      }

      const title = (await page.locator(".mock-question-title").innerText()).trim();
      const q = byTitle.get(title)!;
      const answer = page.getByRole("region", { name: "Your answer" });
      await answerChoice(page, q, answer);
      await answer.getByRole("button", { name: "Submit answer" }).click();
      await answer.getByText(/^Submitted at/).waitFor();

      const lock = page.getByRole("region", { name: "Strict mock in progress" });
      await lock.getByRole("button", { name: "Abandon mock…" }).click();
      await page
        .getByRole("dialog", { name: "Abandon this mock?" })
        .getByRole("button", { name: "Abandon mock" })
        .click();
      await page.getByRole("heading", { level: 1, name: /^Report/ }).waitFor({ timeout: 60_000 });
      // The lock is lifted: the main navigation is back (folded in the menu on a phone).
      await page.locator("#primary-nav").waitFor({ state: "attached" });
      const result = page.locator("details.report-question").first();
      if (!(await result.getAttribute("open"))) await result.locator("summary").click();
      const chosen = q.kind === "choice" ? q.options.find((o) => o.correct)!.text : "";
      expect(await result.innerText()).toMatch(/Your answer/);
      expect(await result.locator(".answer-choices").innerText()).toContain(
        chosen.replace(/[`*]/g, "").slice(0, 20),
      );

      const [md] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download Markdown" }).click(),
      ]);
      const text = readFileSync((await md.path())!, "utf8");
      expect(text).toContain("**Your answer**");
      expect(text).toContain("(correct)");
      expect(errors).toEqual([]);
    });

    it("the phone menu closes with Escape; built-in packs offer no share link that would fail", async () => {
      const { page } = browser.current();
      await page.goto(`${inject("isolatedURL")}#/packs`);
      await page.getByRole("heading", { level: 1, name: "Question packs" }).waitFor();
      await page.getByText("Built in: everyone using MLE Dojo already has this pack.").first().waitFor();
      expect(await page.getByRole("button", { name: /^Copy share link/ }).count()).toBe(0);
      if (size === "phone") {
        const menu = page.getByRole("button", { name: "Menu" });
        await menu.click();
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Drill" }).waitFor();
        await page.keyboard.press("Escape");
        expect(await menu.getAttribute("aria-expanded")).toBe("false");
        expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
      }
    });

    for (const scheme of ["light", "dark"] as const) {
      it(`text reaches 4.5:1 where it fell short (${scheme} theme)`, async () => {
        const { page } = await browser.newPage({ viewport, colorScheme: scheme });
        await page.goto(`${inject("isolatedURL")}#/practice?sort=difficulty`);
        await page.locator(".question-list .diff-easy").first().waitFor();
        expect(await contrastOf(page, ".question-list .diff-easy")).toBeGreaterThanOrEqual(4.5);
        await page.goto(`${inject("isolatedURL")}#/practice?sort=-difficulty`);
        await page.locator(".question-list .diff-hard").first().waitFor();
        await page.goto(`${inject("isolatedURL")}#/practice?difficulty=medium`);
        await page.locator(".question-list .diff-medium").first().waitFor();
        expect(await contrastOf(page, ".question-list .diff-medium")).toBeGreaterThanOrEqual(4.5);
        expect(await contrastOf(page, ".question-list .tag-pack")).toBeGreaterThanOrEqual(4.5);
        await page.goto(`${inject("isolatedURL")}#/practice/python-algorithms/dedupe-latest-events`);
        const status = page.getByRole("status").filter({ hasText: "Python: ready" });
        await status.waitFor({ timeout: 90_000 });
        expect(await contrastOf(page, ".engine-ready")).toBeGreaterThanOrEqual(4.5);
        expect(await contrastOf(page, ".prompt-pane .diff-easy")).toBeGreaterThanOrEqual(4.5);
      });
    }
  });
}
