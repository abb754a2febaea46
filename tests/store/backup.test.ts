import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { importBackup, readBackup, recordAttempt, resetProgress, saveDraft } from "../../src/store";
import { getDb } from "../../src/store/db-handle";
import type { Attempt } from "../../src/store/progress-repo";
import { scheduler } from "../../src/domain/drill";
import { listCards, listReviewLogs, saveReview } from "../../src/store/drill-repo";

const DAY = 86_400_000;
const drill = scheduler();
/** Rate `key` good on day 0 and again on `day2` (when given), saving each review. */
async function drillCard(key: string, t0: number, day2?: number) {
  let r = drill.applyReview(drill.newCard(key, t0), "good", t0);
  await saveReview(r.card, r.log);
  if (day2 !== undefined) {
    r = drill.applyReview(r.card, "hard", t0 + day2 * DAY);
    await saveReview(r.card, r.log);
  }
  return r.card;
}

const attempt = (questionKey: string, at: number, score: number): Attempt => ({
  questionKey,
  packId: questionKey.split("/")[0]!,
  questionId: questionKey.split("/")[1]!,
  packVersion: "1.0.0",
  kind: "numeric",
  mode: "practice",
  at,
  timeSpentMs: 1000,
  status: score >= 1 ? "pass" : "fail",
  score,
  result: { status: score >= 1 ? "pass" : "fail", score, cases: [], durationMs: 0 },
  hintsUsed: 0,
  solutionViewed: false,
  answer: "42",
});

describe("backup round trip in IndexedDB", () => {
  it("export, wipe, import gives the identical state", async () => {
    await recordAttempt(attempt("p/a", Date.UTC(2026, 10, 1), 1));
    await recordAttempt(attempt("p/b", Date.UTC(2026, 10, 2), 0.5));
    await saveDraft("p/b", "def f(): pass");
    await drillCard("p/a", Date.UTC(2026, 10, 1), 3);
    await drillCard("p/b", Date.UTC(2026, 10, 2));
    const db = (await getDb())!;
    await db.put("packs", { id: "mine", pack: { id: "mine" }, importedAt: 3, source: "paste" });
    const settings = { theme: "dark" };
    const before = await readBackup(settings, 100);
    expect(before.attempts).toHaveLength(2);
    expect(before.extra.cards).toHaveLength(2);
    expect(before.extra.reviewLogs?.map((r) => r.key)).toEqual([
      `p/a@${Date.UTC(2026, 10, 1)}`,
      `p/b@${Date.UTC(2026, 10, 2)}`,
      `p/a@${Date.UTC(2026, 10, 1) + 3 * DAY}`,
    ]);

    await resetProgress();
    await db.clear("packs");
    const wiped = await readBackup(settings, 200);
    expect(wiped.attempts).toEqual([]);
    expect(wiped.drafts).toEqual([]);
    expect(wiped.extra.cards).toEqual([]);
    expect(wiped.extra.reviewLogs).toEqual([]);

    const r = await importBackup(JSON.parse(JSON.stringify(before)), settings, 300);
    expect(r.ok).toBe(true);
    const after = await readBackup(settings, 100);
    expect(after).toEqual(before);

    // Importing the same file again adds nothing.
    await importBackup(before, settings, 400);
    expect((await readBackup(settings, 100)).attempts).toHaveLength(2);
    expect(await listReviewLogs()).toHaveLength(3);
  });

  it("merges drill progress from two devices: logs are unioned, the more recently reviewed card wins", async () => {
    await resetProgress();
    const t0 = Date.UTC(2026, 10, 10);
    await drillCard("p/x", t0); // this device: reviewed once
    const here = await readBackup({}, 1);
    await resetProgress();
    const later = await drillCard("p/x", t0, 4); // other device: reviewed again 4 days later
    await drillCard("p/y", t0);
    const other = JSON.parse(JSON.stringify(await readBackup({}, 2))) as typeof here;
    await resetProgress();
    await importBackup(here, {}, 3);
    const r = await importBackup(other, {}, 4);
    expect(r.ok).toBe(true);
    const cards = await listCards();
    expect(cards.map((c) => c.key).sort()).toEqual(["p/x", "p/y"]);
    expect(cards.find((c) => c.key === "p/x")).toEqual(later);
    expect((await listReviewLogs()).map((l) => [l.key, l.review])).toEqual([
      ["p/x", t0],
      ["p/y", t0],
      ["p/x", t0 + 4 * DAY],
    ]);
  });

  it("skips drill records that are not cards or logs instead of failing the import", async () => {
    await resetProgress();
    const backup = await readBackup({}, 1);
    backup.extra.cards = [{ key: "p/z", card: "not a card" }];
    backup.extra.reviewLogs = [{ key: "p/z@1", log: { key: "p/z" } }];
    const r = await importBackup(backup, {}, 2);
    expect(r.ok).toBe(true);
    expect(await listCards()).toEqual([]);
    expect(await listReviewLogs()).toEqual([]);
  });
});
