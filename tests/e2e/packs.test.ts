import { compressToEncodedURIComponent } from "lz-string";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { formatPackError, parsePack } from "../../src/domain/packs";
import { setupBrowser, VIEWPORTS } from "./browser";

const browser = setupBrowser();
const app = () => inject("isolatedURL");

function choicePack(id: string, title: string, q: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    id,
    title,
    description: `The ${title} for the browser tests.`,
    version: "1.0.0",
    authors: ["E2E"],
    license: "MIT",
    tags: ["e2e"],
    questions: [
      {
        id: `${id}-q`,
        kind: "choice",
        title: `${title} question`,
        prompt: "Which is right?",
        category: "ml-fundamentals",
        topics: ["e2e"],
        difficulty: "easy",
        lanes: ["applied"],
        estimatedMinutes: 2,
        hints: ["Think."],
        explanation: "Because.",
        options: [
          { id: "a", text: "Right", correct: true, explanation: "Yes." },
          { id: "b", text: "Wrong", correct: false, explanation: "No." },
        ],
        ...q,
      },
    ],
  };
}

async function openPacks(page: Page) {
  await page.goto(`${app()}#/packs`);
  await page.getByRole("switch").first().waitFor();
}

async function pasteAndPreview(page: Page, text: string) {
  await page.getByRole("textbox", { name: "Paste pack JSON" }).fill(text);
  await page.getByRole("button", { name: "Preview pasted JSON" }).click();
}

describe("importing packs", () => {
  it("imports pasted JSON after a preview; its question is in Practice until the pack is switched off", async () => {
    const { page, errors } = browser.current();
    await openPacks(page);
    await pasteAndPreview(page, JSON.stringify(choicePack("e2e-paste", "Pasted pack")));
    await page.getByRole("heading", { name: "Preview: Pasted pack" }).waitFor();
    expect(await page.getByRole("switch", { name: "Enabled: Pasted pack" }).count()).toBe(0);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Imported “Pasted pack” (1 question)" }).waitFor();
    expect(await page.getByRole("switch", { name: "Enabled: Pasted pack" }).isChecked()).toBe(true);

    await page.goto(`${app()}#/practice`);
    await page.getByRole("link", { name: "Pasted pack question" }).click();
    await page.getByRole("heading", { level: 1, name: "Pasted pack question" }).waitFor();

    // Switch it off with the keyboard; it leaves Practice and stays off after a reload.
    await openPacks(page);
    const toggle = page.getByRole("switch", { name: "Enabled: Pasted pack" });
    await toggle.focus();
    await page.keyboard.press("Space");
    expect(await toggle.isChecked()).toBe(false);
    await page.goto(`${app()}#/practice`);
    await page.getByRole("list", { name: "Questions" }).getByRole("link").first().waitFor();
    expect(await page.getByRole("link", { name: "Pasted pack question" }).count()).toBe(0);
    await page.reload();
    await page.getByRole("list", { name: "Questions" }).getByRole("link").first().waitFor();
    expect(await page.getByRole("link", { name: "Pasted pack question" }).count()).toBe(0);
    await openPacks(page);
    expect(await page.getByRole("switch", { name: "Enabled: Pasted pack" }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("opens a share link as a preview; refuses malformed packs and built-in ids (phone, dark)", async () => {
    const { page, errors } = await browser.newPage({ viewport: VIEWPORTS.phone, colorScheme: "dark" });
    const shared = compressToEncodedURIComponent(JSON.stringify(choicePack("e2e-shared", "Shared pack")));
    await page.goto(`${app()}#/import?pack=${shared}`);
    await page.getByRole("heading", { level: 1, name: "Import a shared pack" }).waitFor();
    await page.getByRole("heading", { name: "Preview: Shared pack" }).waitFor();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Imported “Shared pack”" }).waitFor();
    await openPacks(page);
    await page.getByRole("switch", { name: "Enabled: Shared pack" }).waitFor();
    const packCount = await page.getByRole("switch").count();

    const broken: Record<string, unknown> = choicePack("e2e-broken", "Broken pack", { difficulty: "brutal" });
    delete broken.title;
    const expected = parsePack(JSON.stringify(broken));
    if (expected.ok) throw new Error("the broken pack should not parse");
    await pasteAndPreview(page, JSON.stringify(broken));
    await page.getByRole("heading", { name: "Preview: this pack cannot be imported" }).waitFor();
    const lines = await page.getByRole("list", { name: "Problems" }).getByRole("listitem").allInnerTexts();
    expect(lines).toEqual(expected.errors.map(formatPackError));
    expect(lines.join("\n")).toMatch(/^title: required/m);
    expect(lines.join("\n")).toMatch(/^questions\[0\]\.difficulty: /m);
    expect(await page.getByRole("button", { name: /^(Import|Replace)$/ }).count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await pasteAndPreview(page, '{\n  "id": ,\n}');
    await page
      .getByRole("list", { name: "Problems" })
      .getByText(/line 2/)
      .waitFor();

    await pasteAndPreview(page, JSON.stringify(choicePack("sql", "Fake SQL")));
    await page.getByRole("alert").filter({ hasText: "“sql” is the id of a built-in pack" }).waitFor();
    expect(await page.getByRole("button", { name: /^(Import|Replace)$/ }).count()).toBe(0);
    expect(await page.getByRole("switch").count()).toBe(packCount);
    expect(errors).toEqual([]);
  });

  it("imports a file, exports it and a selection, shares it, and removes it only after confirming", async () => {
    const { page, errors } = browser.current();
    await openPacks(page);
    await page.getByLabel("Choose a pack file").setInputFiles({
      name: "file-pack.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(choicePack("e2e-file", "File pack"))),
    });
    await page.getByRole("heading", { name: "Preview: File pack" }).waitFor();
    expect(await page.locator(".import-preview").innerText()).toContain("From file: file-pack.json");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("switch", { name: "Enabled: File pack" }).waitFor();
    // Built-in packs cannot be removed.
    expect(await page.getByRole("button", { name: /^Remove: / }).count()).toBe(1);

    // Export: the pack downloads as <id>.json and reads back as the same pack.
    const exported = await download(page, () =>
      page.getByRole("button", { name: "Export JSON: File pack" }).click(),
    );
    expect(exported.name).toBe("e2e-file.json");
    expect(parsePack(exported.text)).toMatchObject({
      ok: true,
      pack: { id: "e2e-file", title: "File pack" },
    });

    // Export a selection: one pack, one category, a new id.
    const form = page.locator("form.export-selection");
    await form.getByRole("checkbox", { name: "File pack" }).check();
    await form.getByRole("combobox", { name: "Category" }).selectOption("ml-fundamentals");
    await form.getByRole("textbox", { name: "New pack id" }).fill("e2e-selection");
    const selection = await download(page, () =>
      form.getByRole("button", { name: "Download selection (1)" }).click(),
    );
    expect(selection.name).toBe("e2e-selection.json");
    const sel = parsePack(selection.text);
    expect(sel.ok && sel.pack.questions.map((q) => q.id)).toEqual(["e2e-file-q"]);

    // Its share link opens a preview that knows the pack is already there.
    await page.getByRole("button", { name: "Copy share link: File pack" }).click();
    const link = await page.getByRole("textbox", { name: "Share link for File pack" }).inputValue();
    expect(link).toMatch(/#\/import\?pack=/);
    await page.goto(link);
    await page.getByRole("heading", { name: "Preview: File pack" }).waitFor();
    await page
      .getByRole("region", { name: "Changes from the pack you have" })
      .getByText("the content is identical")
      .waitFor();
    await page.getByRole("button", { name: "Replace" }).waitFor();
    await openPacks(page);

    await page.getByRole("button", { name: "Remove: File pack" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove “File pack”?" });
    expect(await dialog.innerText()).toContain("Your progress on them is kept");
    // The safe choice has the focus; Escape cancels and returns focus to the Remove button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "Remove: File pack",
    );
    await page.getByRole("button", { name: "Remove: File pack" }).click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByRole("switch", { name: "Enabled: File pack" }).count()).toBe(1);
    await page.getByRole("button", { name: "Remove: File pack" }).click();
    await dialog.getByRole("button", { name: "Remove pack" }).click();
    await page.getByRole("switch", { name: "Enabled: File pack" }).waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("switch").first().waitFor();
    expect(await page.getByRole("switch", { name: "Enabled: File pack" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("fetches from a URL: a non-pack shows errors, a site outside the security policy is refused with a way round it", async () => {
    const { page, errors } = browser.current();
    await openPacks(page);
    const address = page.getByRole("textbox", { name: "Pack address (URL)" });
    await address.fill("./schema/pack.schema.json");
    await page.getByRole("button", { name: "Fetch and preview" }).click();
    await page.getByRole("heading", { name: "Preview: this pack cannot be imported" }).waitFor();
    expect(await page.locator(".import-preview").innerText()).toMatch(
      /From url: http.*\/schema\/pack\.schema\.json/,
    );
    expect(await page.getByRole("list", { name: "Problems" }).innerText()).toContain("schemaVersion");

    // Another site is refused before any request (the security policy would block it anyway).
    await address.fill("http://127.0.0.1:9/x.json");
    await page.getByRole("button", { name: "Fetch and preview" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "its security policy blocks other sites" });
    await alert.waitFor();
    expect(await alert.innerText()).toContain("Choose a pack file");

    await page.goto(`${app()}#/import?url=${encodeURIComponent("https://example.org/x.json")}`);
    await page.getByRole("alert").filter({ hasText: "only from its own site" }).waitFor();
    // No request was made, so the browser logged nothing either.
    expect(errors).toEqual([]);
  });
});

async function download(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent("download"), action()]);
  const path = await d.path();
  return { name: d.suggestedFilename(), text: readFileSync(path, "utf8") };
}

const PWN = "window.__pwned=1;document.title='pwned'";
const HOSTILE = [
  `<script>${PWN}</script>`,
  `<img src=x onerror="${PWN}">`,
  `<svg onload="${PWN}"></svg>`,
  `<div onmouseover="${PWN}">hover me</div>`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `[markdown link](javascript:${PWN})`,
  `[mixed case](JaVaScRiPt:alert(1))`,
  `[entity](&#106;avascript:alert(1))`,
  `<a href="javascript:${PWN}">html link</a>`,
  "<javascript:alert(1)>",
  "[reference][r]\n\n[r]: javascript:alert(1)",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
].join("\n\n");

describe("a hostile pack", () => {
  it("renders its Markdown as inert text: no script runs, no javascript: link exists", async () => {
    const { page, errors } = browser.current();
    const pack = choicePack("e2e-hostile", "Hostile pack", {
      title: `Hostile <img src=x onerror="${PWN}"> question`,
      prompt: HOSTILE,
      hints: [HOSTILE],
      explanation: HOSTILE,
      options: [
        { id: "a", text: `Right ${HOSTILE}`, correct: true, explanation: HOSTILE },
        { id: "b", text: "Wrong", correct: false, explanation: HOSTILE },
      ],
    });
    pack.description = HOSTILE;
    await openPacks(page);
    await pasteAndPreview(page, JSON.stringify(pack));
    await page.getByRole("heading", { name: "Preview: Hostile pack" }).waitFor();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByRole("switch", { name: "Enabled: Hostile pack" }).waitFor();
    await assertInert(page, "Question packs · MLE Dojo");

    await page.goto(`${app()}#/practice/e2e-hostile/e2e-hostile-q`);
    await page.getByRole("heading", { level: 1, name: /^Hostile <img/ }).waitFor();
    await page.getByText("hover me", { exact: false }).first().hover();
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.locator(".option-explanation").first().waitFor();
    // Try the rendered links: none may navigate or run anything.
    for (const link of await page.locator(".markdown a").all())
      await link.click({ modifiers: [] }).catch(() => {});
    await assertInert(page, `${pack.questions[0]!.title} · MLE Dojo`);
    expect(errors).toEqual([]);
  });
});

async function assertInert(page: Page, title: string) {
  const report = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    const badUrl = /^\s*(javascript|data|vbscript):/i;
    return {
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      title: document.title,
      scriptsInMain: document.querySelectorAll("main script").length,
      mediaInMarkdown: document.querySelectorAll(".markdown img, .markdown svg, .markdown iframe").length,
      eventAttributes: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`),
      ),
      badUrls: all.flatMap((el) =>
        ["href", "src", "action", "formaction", "xlink:href"]
          .map((n) => el.getAttribute(n))
          .filter((v): v is string => v !== null && badUrl.test(v)),
      ),
      hostileTextShown: document.body.innerText.includes("<script>"),
    };
  });
  expect(report).toEqual({
    pwned: undefined,
    title,
    scriptsInMain: 0,
    mediaInMarkdown: 0,
    eventAttributes: [],
    badUrls: [],
    hostileTextShown: true,
  });
}
