import { describe, expect, inject, it } from "vitest";
import { setupBrowser } from "./browser";
import { firstOfKind } from "./practice-helpers";

const browser = setupBrowser();
const numeric = firstOfKind("ml-fundamentals", "numeric");

describe("progress page", () => {
  it("says there is nothing yet, then charts attempts and links weak topics to practice", async () => {
    const { page, errors } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/stats`);
    await page.getByText("No attempts yet.").waitFor({ timeout: 20_000 });

    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${numeric.id}`);
    const field = page.getByRole("textbox", { name: /Your answer/ });
    await field.fill(String(numeric.answer + 1000));
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect
      .poll(() => page.getByRole("region", { name: "Your attempts" }).locator("tbody tr").count())
      .toBe(1);

    await page.goto(`${inject("isolatedURL")}#/stats`);
    const totals = page.getByRole("list", { name: "Totals" });
    await totals.waitFor({ timeout: 20_000 });
    expect(await totals.innerText()).toMatch(/0\s*solved[\s\S]*1\s*questions tried[\s\S]*1\s*attempts/);
    for (const name of ["Score over time (%)", "Mastery by topic (%)", "Time spent (minutes per day)"]) {
      await page.getByRole("region", { name }).locator("canvas").waitFor();
    }
    const topic = numeric.topics[0]!;
    await page.getByRole("link", { name: `Practise ${topic}` }).click();
    await page.getByRole("heading", { level: 1, name: "Practice" }).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`topic=${topic}`.replace(/ /g, "+"));
    await page.getByRole("link", { name: numeric.title }).waitFor();
    expect(errors).toEqual([]);
  });
});
