import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { importBackup, readBackup, recordAttempt, resetProgress, saveDraft } from "../../src/store";
import { getDb } from "../../src/store/db-handle";
import type { Attempt } from "../../src/store/progress-repo";

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
    const db = (await getDb())!;
    await db.put("packs", { id: "mine", pack: { id: "mine" }, importedAt: 3, source: "paste" });
    const settings = { theme: "dark" };
    const before = await readBackup(settings, 100);
    expect(before.attempts).toHaveLength(2);

    await resetProgress();
    await db.clear("packs");
    const wiped = await readBackup(settings, 200);
    expect(wiped.attempts).toEqual([]);
    expect(wiped.drafts).toEqual([]);

    const r = await importBackup(JSON.parse(JSON.stringify(before)), settings, 300);
    expect(r.ok).toBe(true);
    const after = await readBackup(settings, 100);
    expect(after).toEqual(before);

    // Importing the same file again adds nothing.
    await importBackup(before, settings, 400);
    expect((await readBackup(settings, 100)).attempts).toHaveLength(2);
  });
});
