import { describe, expect, inject, it } from "vitest";
import { setupBrowser, VIEWPORTS } from "./browser";
import { builtinPack } from "./practice-helpers";

const sample = builtinPack("ml-fundamentals").questions[0]!;

const ROUTES: { hash: string; heading: string | RegExp }[] = [
  { hash: "#/", heading: "What to do today" },
  { hash: "#/practice", heading: "Practice" },
  { hash: `#/practice/ml-fundamentals/${sample.id}`, heading: sample.title },
  { hash: "#/practice/no-such-pack/no-such-question", heading: "Question not found" },
  { hash: "#/mock", heading: "Mock interview" },
  { hash: "#/drill", heading: "Daily drill" },
  { hash: "#/packs", heading: "Question packs" },
  { hash: "#/stats", heading: "Progress" },
  { hash: "#/settings", heading: "Settings" },
];

const browser = setupBrowser();

describe("every route renders without console errors", () => {
  for (const [vpName, viewport] of Object.entries(VIEWPORTS)) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`${vpName} width, ${colorScheme} system theme`, async () => {
        const { page, errors } = await browser.newPage({ viewport, colorScheme });
        for (const route of ROUTES) {
          await page.goto(inject("isolatedURL") + route.hash);
          await page.getByRole("heading", { level: 1, name: route.heading }).waitFor();
          // The theme follows the system preference by default.
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
          // Nothing overflows sideways, even on a phone.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `horizontal overflow on ${route.hash}`).toBeLessThanOrEqual(0);
          // Every screen is built: none says otherwise.
          expect(await page.getByRole("heading", { name: "Not built yet" }).count()).toBe(0);
        }
        expect(errors).toEqual([]);
      });
    }
  }
});

describe("navigation", () => {
  it("reaches every screen through the main navigation on desktop", async () => {
    const { page, errors } = browser.current();
    await page.goto(inject("isolatedURL"));
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [link, heading] of [
      ["Practice", "Practice"],
      ["Mock", "Mock interview"],
      ["Drill", "Daily drill"],
      ["Packs", "Question packs"],
      ["Progress", "Progress"],
      ["Settings", "Settings"],
    ] as const) {
      await nav.getByRole("link", { name: link, exact: true }).click();
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await nav.getByRole("link", { name: link, exact: true }).getAttribute("aria-current")).toBe(
        "page",
      );
    }
    await page.getByRole("link", { name: "MLE Dojo home" }).click();
    await page.getByRole("heading", { level: 1, name: "What to do today" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("opens the menu on a phone and navigates with the keyboard", async () => {
    const { page, errors } = await browser.newPage({ viewport: VIEWPORTS.phone });
    await page.goto(inject("isolatedURL"));
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.isVisible()).toBe(false);
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.focus();
    await page.keyboard.press("Enter");
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await nav.getByRole("link", { name: "Drill" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Daily drill" }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("mode cards on the home page lead to the three modes", async () => {
    const { page } = browser.current();
    await page.goto(inject("isolatedURL"));
    const modes = page.getByRole("navigation", { name: "Modes" });
    await modes.getByRole("link", { name: /Mock interview/ }).click();
    await page.getByRole("heading", { level: 1, name: "Mock interview" }).waitFor();
  });

  it("shows a not-found page for an unknown route", async () => {
    const { page, errors } = browser.current();
    await page.goto(inject("isolatedURL") + "#/no/such/page");
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await page.getByRole("heading", { level: 1, name: "What to do today" }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("theme", () => {
  it("switches with the header button, persists across reloads, and can follow the system again", async () => {
    const { page, errors } = await browser.newPage({ colorScheme: "dark" });
    await page.goto(inject("isolatedURL"));
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe("dark");
    await page.getByRole("button", { name: /^Theme: System/ }).click();
    expect(await theme()).toBe("light");
    await page.reload();
    await page.getByRole("button", { name: /^Theme: Light/ }).waitFor();
    expect(await theme()).toBe("light");
    // Background really changes colour.
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBg = await bg();
    await page.getByRole("button", { name: /^Theme: Light/ }).click();
    expect(await theme()).toBe("dark");
    expect(await bg()).not.toBe(lightBg);
    // Settings page radio group reflects and changes the same preference.
    await page.goto(inject("isolatedURL") + "#/settings");
    expect(await page.getByRole("radio", { name: /Dark/ }).isChecked()).toBe(true);
    await page.getByRole("radio", { name: /System/ }).check();
    expect(await theme()).toBe("dark"); // the emulated system preference
    expect(errors).toEqual([]);
  });
});

describe("static hosting", () => {
  it("works under a sub-path without isolation headers", async () => {
    const { page, errors } = browser.current();
    await page.goto(inject("subpathURL") + "#/settings");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(false);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Packs" }).click();
    await page.getByRole("heading", { level: 1, name: "Question packs" }).waitFor();
    expect(page.url()).toContain("/mle-dojo/#/packs");
    expect(errors).toEqual([]);
  });

  it("is cross-origin isolated where the host sends the headers", async () => {
    const { page } = browser.current();
    await page.goto(inject("isolatedURL"));
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  });

  it("keeps working and says so when saved settings are corrupted", async () => {
    const { page, context, errors } = browser.current();
    // Damage the saved settings before the app starts (once per tab).
    await context.addInitScript(() => {
      if (!sessionStorage.getItem("corrupted")) {
        localStorage.setItem("mle-dojo:settings", "{not json");
        sessionStorage.setItem("corrupted", "1");
      }
    });
    await page.goto(inject("isolatedURL"));
    await page.getByRole("alert").filter({ hasText: "Saved settings could not be read" }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem("mle-dojo:settings:unreadable-backup"))).toBe(
      "{not json",
    );
    await page.getByRole("button", { name: "Dismiss" }).click();
    expect(await page.getByRole("alert").count()).toBe(0);
    // The app still works and saves again.
    await page.getByRole("button", { name: /^Theme: System/ }).click();
    await page.reload();
    await page.getByRole("button", { name: /^Theme: Light/ }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("home and help", () => {
  it("suggests a first question on the home page and it opens", async () => {
    const { page, errors } = browser.current();
    await page.goto(inject("isolatedURL"));
    const today = page.getByRole("region", { name: "Today" });
    await today.getByText(/questions are ready in your packs/).waitFor({ timeout: 20_000 });
    const link = today.getByRole("listitem").filter({ hasText: "Try next" }).getByRole("link");
    const title = await link.innerText();
    await link.click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(errors).toEqual([]);
  });

  it("opens the keyboard shortcut list with ? and closes it with Escape", async () => {
    const { page, errors } = browser.current();
    await page.goto(inject("isolatedURL") + "#/practice");
    await page.getByRole("heading", { level: 1, name: "Practice" }).waitFor();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("Ctrl/⌘ + Shift + Enter");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    // Typing "?" in a text field does not open it.
    await page.getByRole("searchbox", { name: "Search" }).fill("?");
    expect(await dialog.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(errors).toEqual([]);
  });
});
