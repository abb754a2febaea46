import type { BrowserContext, Page } from "playwright-core";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { containsPhrase } from "../../src/domain/grading/phrase-match";
import { shownTexts } from "../../src/domain/grading/rubric-fields";
import type { Pack, Question, WrittenQuestion } from "../../src/domain/packs";

/** A built-in pack, read the way the app ships it. */
export function builtinPack(id: string): Pack {
  return JSON.parse(readFileSync(resolve("questions", `${id}.json`), "utf8")) as Pack;
}

/** Every question of every built-in pack (the bank the app's mocks and filters draw from). */
export function builtinQuestions(): Question[] {
  return readdirSync(resolve("questions"))
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => builtinPack(f.replace(/\.json$/, "")).questions);
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
  // Wait until the paste landed (a busy machine may apply it after the next click otherwise): the
  // cursor ends on the last line, so that line is in view.
  const last = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);
  if (last)
    await page.waitForFunction(
      (want) =>
        (document.querySelector(".monaco-editor .view-lines") as HTMLElement | null)?.innerText
          .replace(/\u00a0/g, " ")
          .includes(want) ?? false,
      last,
      { timeout: 10_000 },
    );
}

/** The editor's visible text (Monaco renders non-breaking spaces). */
export async function editorText(page: Page): Promise<string> {
  return (await page.locator(".monaco-editor .view-lines").innerText()).replace(/\u00a0/g, " ");
}

/**
 * Put a pack into the app's IndexedDB the way an import stores it (the app must have opened the
 * database: visit a page first). Reload afterwards so the app reads it.
 */
export async function storePack(page: Page, pack: { id: string }): Promise<void> {
  await page.evaluate(
    (p) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("mle-dojo");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("packs", "readwrite");
          tx.objectStore("packs").put({ id: p.id, pack: p, importedAt: Date.now(), source: "paste" });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    pack,
  );
}

/** One record of the app's IndexedDB store `store` (undefined when absent), as the app saved it. */
export async function readRecord(page: Page, store: string, key: string): Promise<unknown> {
  return page.evaluate(
    ({ store, key }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open("mle-dojo");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { store, key },
  );
}

/**
 * A rubric item of a written question and one of its signals that is not in the prompt or title
 * (so the app counts it as evidence), with a sentence of prose that uses it.
 */
export function evidenceFor(q: WrittenQuestion): { index: number; signal: string; sentence: string } {
  const shown = shownTexts(q, { hintsShown: 0, followUps: false });
  for (const [index, item] of q.rubric.entries()) {
    const signal = item.signals.find((s) => !shown.some((t) => containsPhrase(t, s)));
    if (signal)
      return {
        index,
        signal,
        sentence: `In my view the first thing to look at here is ${signal}, because it explains what we see and tells us what to change next.`,
      };
  }
  throw new Error(`no usable signal in ${q.id}`);
}
