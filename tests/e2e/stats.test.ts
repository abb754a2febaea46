import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "./browser";
import { firstOfKind } from "./practice-helpers";

const browser = setupBrowser();
const numeric = firstOfKind("ml-fundamentals", "numeric");

describe("progress page", () => {
  it("says there is nothing yet, then charts attempts, drills weak topics and links them to practice", async () => {
    const { page, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/stats`);
    await page.getByText("No attempts yet.").waitFor({ timeout: 20_000 });
    // No finished mock yet: the mock figure invites the first one.
    const mocks = page.getByRole("region", { name: "Mock interviews (overall score %)" });
    await mocks.getByText("No finished mock interviews yet.").waitFor();
    expect(await mocks.getByRole("link", { name: "Try a mock interview" }).getAttribute("href")).toBe(
      "#/mock",
    );

    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${numeric.id}`);
    const field = page.getByRole("textbox", { name: /Your answer/ });
    await field.fill(String(numeric.answer + 1000));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect
      .poll(() =>
        page.getByRole("region", { name: "Your submissions" }).locator(".attempt-list > li").count(),
      )
      .toBe(1);

    await page.goto(`${inject("isolatedURL")}#/stats`);
    const totals = page.getByRole("list", { name: "Totals" });
    await totals.waitFor({ timeout: 20_000 });
    expect(await totals.innerText()).toMatch(/0\s*solved[\s\S]*1\s*questions tried[\s\S]*1\s*attempts/);
    for (const name of ["Score over time (%)", "Mastery by topic (%)", "Time spent (minutes per day)"]) {
      await page.getByRole("region", { name }).locator("canvas").waitFor();
    }
    await mocks.getByText("No finished mock interviews yet.").waitFor();

    // One click drills the weakest topics, starting with the question just failed.
    await page.getByRole("button", { name: "Drill these topics" }).click();
    await page.getByRole("heading", { level: 1, name: numeric.title }).waitFor();
    expect(page.url()).toContain(`#/practice/ml-fundamentals/${numeric.id}?drill=1`);
    const panel = page.getByRole("region", { name: "Topic drill" });
    const weak = [...numeric.topics].sort((a, b) => a.localeCompare(b)).slice(0, 3);
    await panel.getByText(`Topic drill: ${weak.join(", ")} — question 1 of `).waitFor();
    await panel.getByRole("button", { name: "Stop topic drill" }).click();
    await page.getByRole("heading", { level: 1, name: "Daily drill" }).waitFor();
    await page.getByText(/Topic drill stopped/).waitFor();

    await page.goto(`${inject("isolatedURL")}#/stats`);
    const topic = numeric.topics[0]!;
    await page.getByRole("link", { name: `Practise ${topic}` }).click();
    await page.getByRole("heading", { level: 1, name: "Practice" }).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`topic=${topic}`.replace(/ /g, "+"));
    await page.getByRole("link", { name: numeric.title }).waitFor();
    expect(errors).toEqual([]);
  });
});
