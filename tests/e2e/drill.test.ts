import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "./browser";
import { builtinPack } from "./practice-helpers";

const browser = setupBrowser();
const DAY = 86_400_000;
const DAY1 = Date.UTC(2026, 2, 2, 9, 0);
const questions = builtinPack("ml-fundamentals").questions;
const heading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name }).waitFor();
const todayStatus = (page: Page) =>
  page.getByRole("region", { name: "Today" }).getByRole("status").innerText();
const streakText = (page: Page) => page.getByRole("region", { name: "Streak and goal" }).innerText();

/** Answer the choice question `i` of the ml-fundamentals pack correctly. */
async function answerCorrectly(page: Page, i: number) {
  const q = questions[i]!;
  if (q.kind !== "choice") throw new Error(`question ${i} is not a choice question`);
  await heading(page, q.title);
  for (const o of q.options.filter((x) => x.correct))
    await page.locator(`input[name="choice"][value="${o.id}"]`).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.getByRole("status").filter({ hasText: "Correct!" }).waitFor();
}

/** Rate the question `rating` in one click (under the verdict). */
async function rate(page: Page, rating: string) {
  const panel = page.getByRole("region", { name: "Rate this drill question" });
  await panel.getByRole("button", { name: new RegExp(`^${rating}`) }).click();
}

async function openDrill(page: Page, at: number) {
  await page.clock.setSystemTime(at);
  await page.goto(`${inject("isolatedURL")}#/drill`);
  await page.reload();
  await heading(page, "Daily drill");
  await page.getByRole("region", { name: "Today" }).waitFor();
}

describe("daily drill", () => {
  it("walks the queue across simulated days with ratings, streaks and a reload mid-session", async () => {
    const { page, errors } = browser.current();
    await page.clock.install({ time: DAY1 });
    await page.goto(`${inject("isolatedURL")}#/drill`);
    await heading(page, "Daily drill");
    await page.getByRole("spinbutton", { name: "New questions per day" }).fill("2");
    const packs = page.getByRole("group", { name: "Packs" });
    await packs.getByRole("checkbox", { name: "ML fundamentals" }).check();
    await expect.poll(() => todayStatus(page)).toBe("0 reviews due, 2 new");
    expect(await streakText(page)).toMatch(/Current streak\s+0 days/);

    // Day 1: two new questions, both answered and rated Good.
    await page.getByRole("button", { name: "Start session" }).click();
    await answerCorrectly(page, 0);
    expect(await page.getByRole("region", { name: "Daily drill" }).innerText()).toContain("question 1 of 2");
    const panel = page.getByRole("region", { name: "Rate this drill question" });
    // A clean, quick pass suggests Easy; each rating says when the question comes back.
    expect(await panel.innerText()).toMatch(/Suggested: Easy/);
    await panel.getByRole("button", { name: /^Easy, back in 8 days \(suggested\)$/ }).waitFor();
    for (const [r, when] of [
      ["Again", "10 min"],
      ["Hard", "1 day"],
      ["Good", "2 days"],
      ["Easy", "8 days"],
    ])
      await panel.getByRole("button", { name: new RegExp(`^${r}, back in ${when}`) }).waitFor();
    await rate(page, "Good");

    await heading(page, questions[1]!.title);
    // A reload mid-session keeps the position.
    await page.reload();
    await heading(page, questions[1]!.title);
    await page.getByRole("region", { name: "Daily drill" }).getByText("question 2 of 2").waitFor();
    await answerCorrectly(page, 1);
    await rate(page, "Good");
    await heading(page, "Daily drill");
    await expect.poll(() => todayStatus(page)).toBe("Done for today");
    expect(await streakText(page)).toMatch(/Current streak\s+1 day/);
    expect(await page.getByRole("button", { name: /Start session|Continue/ }).count()).toBe(0);
    await page.getByRole("img", { name: /2 Mar 2026: 2 reviews/ }).waitFor();

    // Day 2: nothing rated Good yesterday is due yet (Good = 2 days): two new ones.
    await openDrill(page, DAY1 + DAY);
    await expect.poll(() => todayStatus(page)).toBe("0 reviews due, 2 new");
    await page.getByRole("button", { name: "Start session" }).click();
    await answerCorrectly(page, 2);
    await rate(page, "Good");
    await heading(page, questions[3]!.title);
    await openDrill(page, DAY1 + DAY + 60_000);
    expect(await streakText(page)).toMatch(/Current streak\s+2 days/);
    expect(await page.getByRole("button", { name: "Continue session (question 2 of 2)" }).count()).toBe(1);

    // Day 3: day 1's questions come back first, then today's new ones.
    await openDrill(page, DAY1 + 2 * DAY);
    await expect.poll(() => todayStatus(page)).toBe("2 reviews due, 2 new");
    await page.getByRole("button", { name: "Start session" }).click();
    await answerCorrectly(page, 0);
    await page.getByRole("region", { name: "Daily drill" }).getByText("question 1 of 4").waitFor();
    await rate(page, "Good");
    await heading(page, questions[1]!.title);
    await openDrill(page, DAY1 + 2 * DAY + 60_000);
    expect(await streakText(page)).toMatch(/Current streak\s+3 days/);
    expect(await streakText(page)).toMatch(/Longest streak\s+3 days/);
    await expect.poll(() => todayStatus(page)).toBe("1 review due, 2 new");

    await page.goto(`${inject("isolatedURL")}#/stats`);
    await heading(page, "Progress");
    expect(errors).toEqual([]);
  });
});
