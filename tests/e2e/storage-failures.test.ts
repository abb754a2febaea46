/**
 * Storage failures in real Chromium (issue #7): storage refused (private windows), storage full, and
 * a damaged attempt record. Each time the user is told in plain words, practice keeps working, and
 * nothing saved is deleted.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { DB_NAME, DB_VERSION } from "../../src/lib/storage/db";
import { setupBrowser } from "./browser";
import { firstOfKind } from "./practice-helpers";

const browser = setupBrowser();
const choice = firstOfKind("ml-fundamentals", "choice");
const textOf = (markdown: string) => markdown.replace(/[*_`$\\]/g, "").slice(0, 30);

/** Open the choice question, answer it correctly and wait for the verdict. */
async function answerChoice(page: Page): Promise<void> {
  await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${choice.id}`);
  await page.getByRole("heading", { level: 1, name: choice.title }).waitFor();
  const right = choice.options.find((o) => o.correct)!;
  await page.getByRole("radio", { name: textOf(right.text) }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.getByRole("status").filter({ hasText: "Correct!" }).waitFor();
}

/** The app-wide banner that lists storage problems (the one with a Dismiss button). */
const banner = (page: Page) =>
  page.getByRole("alert").filter({ has: page.getByRole("button", { name: "Dismiss" }) });

const historyRows = (page: Page) =>
  page.getByRole("region", { name: "Your submissions" }).locator(".attempt-list > li").count();

/** Count the attempt records with the raw IndexedDB API (not through the app's code). */
function countAttempts(page: Page): Promise<number> {
  return page.evaluate(
    ([name, version]) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name, version);
        // Never create the database here: the app must have made it, with its stores.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction("attempts").objectStore("attempts").count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        };
      }),
    [DB_NAME, DB_VERSION] as const,
  );
}

describe("storage failures", () => {
  it("keeps working in memory, and says so, when the browser refuses storage", async () => {
    const { page, errors } = browser.current();
    // What Chromium does when storage is blocked for the site: open() throws a SecurityError.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException(
          "Failed to execute 'open' on 'IDBFactory': access to the Indexed Database API is denied in this context.",
          "SecurityError",
        );
      };
    });
    await answerChoice(page);
    await banner(page).filter({ hasText: "Browser storage is unavailable" }).waitFor();
    expect(await banner(page).innerText()).toContain(
      "Private windows may block it; your work in this tab is kept until you close it.",
    );
    await expect.poll(() => historyRows(page)).toBe(1);
    // The attempt lives in memory: the Progress page (same tab, no reload) counts it.
    await page.getByRole("link", { name: "Progress" }).click();
    const totals = page.getByRole("list", { name: "Totals" });
    await totals.waitFor({ timeout: 20_000 });
    expect(await totals.innerText()).toMatch(/1\s*attempts/);
    expect(errors).toEqual([]);
  });

  it("skips a damaged attempt record, reports it, keeps the good one, and deletes nothing", async () => {
    const { page, errors } = browser.current();
    await answerChoice(page);
    await expect.poll(() => historyRows(page)).toBe(1);
    // A record another version (or a bad import) left behind: no timestamp, a number as key.
    await page.evaluate(
      ([name, version]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name, version);
          open.onupgradeneeded = () => open.transaction?.abort();
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction("attempts", "readwrite");
            tx.objectStore("attempts").add({ questionKey: 42 });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      [DB_NAME, DB_VERSION] as const,
    );
    expect(await countAttempts(page)).toBe(2);

    await page.goto(`${inject("isolatedURL")}#/stats`);
    await page.reload();
    const totals = page.getByRole("list", { name: "Totals" });
    await totals.waitFor({ timeout: 20_000 });
    expect(await totals.innerText()).toMatch(/1\s*solved[\s\S]*1\s*attempts/);
    await banner(page).filter({ hasText: "1 saved attempt could not be read and was skipped" }).waitFor();
    expect(await banner(page).innerText()).toContain("Nothing was deleted.");
    // The practice history still shows the good attempt, and the damaged record is still there.
    await page.goto(`${inject("isolatedURL")}#/practice/ml-fundamentals/${choice.id}`);
    await expect.poll(() => historyRows(page)).toBe(1);
    expect(await countAttempts(page)).toBe(2);
    expect(errors).toEqual([]);
  });

  it("explains a full storage, still grades the answer, and does not crash", async () => {
    const { page, context, errors } = browser.current();
    // Load once so the database exists, then make this site's real quota smaller than its usage:
    // Chromium itself aborts every write with a QuotaExceededError.
    await page.goto(`${inject("isolatedURL")}#/practice`);
    await page.getByRole("list", { name: "Questions" }).waitFor();
    expect(await countAttempts(page)).toBe(0);
    const cdp = await context.newCDPSession(page);
    const origin = new URL(inject("isolatedURL")).origin;
    await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
    try {
      await answerChoice(page);
      const full =
        "Your browser's storage for this site is full. Free some space (export a backup, remove old packs) and try again.";
      await page
        .getByRole("alert")
        .filter({ hasText: `This attempt could not be saved: ${full}` })
        .waitFor();
      await banner(page).filter({ hasText: full }).waitFor();
      await page.getByRole("status").filter({ hasText: "Correct!" }).waitFor();
      expect(await countAttempts(page)).toBe(0);
    } finally {
      await cdp.send("Storage.overrideQuotaForOrigin", { origin });
    }
    expect(errors).toEqual([]);
  });
});
