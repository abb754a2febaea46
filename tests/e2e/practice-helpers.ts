import type { BrowserContext, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Pack, Question } from "../../src/domain/packs";

/** A built-in pack, read the way the app ships it. */
export function builtinPack(id: string): Pack {
  return JSON.parse(readFileSync(resolve("questions", `${id}.json`), "utf8")) as Pack;
}

/** The first question of a kind in a built-in pack. */
export function firstOfKind<K extends Question["kind"]>(
  packId: string,
  kind: K,
): Extract<Question, { kind: K }> {
  const q = builtinPack(packId).questions.find((x) => x.kind === kind);
  if (!q) throw new Error(`no ${kind} question in ${packId}`);
  return q as Extract<Question, { kind: K }>;
}

/** Replace the editor's text the way a user pastes code (typing would trigger auto-indent). */
export async function pasteIntoEditor(page: Page, context: BrowserContext, text: string): Promise<void> {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const lines = page.locator(".monaco-editor .view-lines");
  await lines.waitFor({ timeout: 60_000 });
  await lines.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("ControlOrMeta+V");
}

/** The editor's visible text (Monaco renders non-breaking spaces). */
export async function editorText(page: Page): Promise<string> {
  return (await page.locator(".monaco-editor .view-lines").innerText()).replace(/\u00a0/g, " ");
}
