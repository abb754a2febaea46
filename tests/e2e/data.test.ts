import { describe, expect, inject, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setupBrowser } from "./browser";
import { firstOfKind } from "./practice-helpers";

const browser = setupBrowser();
const numeric = firstOfKind("ml-fundamentals", "numeric");

describe("your data", () => {
  it("exports a backup, resets progress (downloading a backup first), and merges the backup back", async () => {
    const { page, errors } = browser.current();
    const dir = mkdtempSync(join(tmpdir(), "mle-dojo-backup-"));
    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${numeric.id}`);
    await page.getByRole("textbox", { name: /Your answer/ }).fill(String(numeric.answer));
    await page.getByRole("button", { name: "Check answer" }).click();
    const history = page.getByRole("region", { name: "Your submissions" });
    await expect.poll(() => history.locator(".attempt-list > li").count()).toBe(1);

    await page.goto(`${inject("isolatedURL")}#/settings`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export backup" }).click(),
    ]);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^mle-dojo-backup-\d{4}-\d{2}-\d{2}\.json$/);

    await page.getByRole("button", { name: "Reset progress…" }).click();
    const ask = page.getByRole("dialog", { name: "Reset progress?" });
    expect(await ask.innerText()).toContain("bookmarks and notes are kept");
    const [safety] = await Promise.all([
      page.waitForEvent("download"),
      ask.getByRole("button", { name: "Download a backup and reset" }).click(),
    ]);
    expect(safety.suggestedFilename()).toMatch(/^mle-dojo-backup-/);
    await page.getByText("Progress reset. A backup was downloaded first.").waitFor();

    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${numeric.id}`);
    await page.getByRole("region", { name: "Your submissions" }).getByText("None yet.").waitFor();

    await page.goto(`${inject("isolatedURL")}#/settings`);
    await page.getByLabel("Import backup…").setInputFiles(file);
    const preview = page.getByRole("region", { name: "Backup preview" });
    await preview.getByText(/: 1 new attempt[,.]/).waitFor();
    await preview.getByRole("button", { name: "Merge into this browser" }).click();
    await page.getByText(/Backup merged: 1 attempt is now stored, and every screen shows them/).waitFor();

    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${numeric.id}`);
    await expect
      .poll(() =>
        page.getByRole("region", { name: "Your submissions" }).locator(".attempt-list > li").count(),
      )
      .toBe(1);
    expect(errors).toEqual([]);
  });

  it("refuses a file that is not a backup, and changes nothing", async () => {
    const { page } = browser.current();
    await page.goto(`${inject("isolatedURL")}#/settings`);
    await page
      .getByLabel("Import backup…")
      .setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') });
    await page.getByRole("alert").filter({ hasText: "This file is not an MLE Dojo backup." }).waitFor();
  });
});
