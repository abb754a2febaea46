import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { importBackup, readBackup, recordAttempt, resetProgress, saveDraft } from "../../src/store";
import { getDb } from "../../src/store/db-handle";
import type { Backup } from "../../src/domain/backup/backup";
import { scheduler } from "../../src/domain/drill";
import {
  buildReport,
  createSession,
  questionResults,
  submitAnswer,
  type MockState,
} from "../../src/domain/mock";
import { mergePreview } from "../../src/domain/backup/preview";
import type { StoredMock } from "../../src/lib/storage/db";
import { listCards, listReviewLogs, saveReview } from "../../src/store/drill-repo";
import { getMock, listMocks, saveMock } from "../../src/store/mock-repo";
import { shortLoop, shortSelection, T0 } from "../domain/mock/mock-factories";
import { attempt } from "./attempt-factory";

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

/** A mock session with one answer given, and its report (as if the mock were finished). */
function mockSession(id: string): { state: MockState; report: ReturnType<typeof buildReport> } {
  const s0 = createSession(shortLoop, shortSelection(), "practice", T0, { id, seed: 7 });
  const state = submitAnswer(s0, s0.sections[0]!.questionKeys[0]!, T0 + 1000, {
    answer: { text: "x" },
  }).state;
  return { state, report: buildReport(state, questionResults(state), []) };
}

/** The stored record of mock `id`, finished (with its report) or in progress, saved at `updatedAt`. */
function storedMock(id: string, updatedAt: number, finished: boolean): StoredMock {
  const { state, report } = mockSession(id);
  return { id, startedAt: T0, updatedAt, state, ...(finished ? { report } : {}) };
}

describe("backup round trip in IndexedDB", () => {
  it("export, wipe, import gives the identical state", async () => {
    await recordAttempt(attempt("p/a", Date.UTC(2026, 10, 1), 1, { kind: "numeric", answer: "42" }));
    await recordAttempt(attempt("p/b", Date.UTC(2026, 10, 2), 0.5, { kind: "numeric", answer: "42" }));
    await saveDraft("p/b", "def f(): pass");
    await drillCard("p/a", Date.UTC(2026, 10, 1), 3);
    await drillCard("p/b", Date.UTC(2026, 10, 2));
    const db = (await getDb())!;
    await db.put("packs", { id: "mine", pack: { id: "mine" }, importedAt: 3, source: "paste" });
    const going = mockSession("mock-going");
    const done = mockSession("mock-done");
    await saveMock(going.state);
    await saveMock(done.state, done.report);
    // A damaged record travels too: mock-repo skips it when reading, a backup never drops it.
    await db.put("mocks", { id: "mock-broken", startedAt: T0 - 1, updatedAt: 7, state: { version: 99 } });
    const mocksBefore = await db.getAll("mocks");
    const readableBefore = await listMocks();
    expect(readableBefore.map((m) => [m.id, !!m.report])).toEqual([
      ["mock-done", true],
      ["mock-going", false],
    ]);
    const settings = { theme: "dark" };
    const before = await readBackup(settings, 100);
    expect(before.attempts).toHaveLength(2);
    expect(before.extra.cards).toHaveLength(2);
    expect(before.extra.reviewLogs?.map((r) => r.key)).toEqual([
      `p/a@${Date.UTC(2026, 10, 1)}`,
      `p/b@${Date.UTC(2026, 10, 2)}`,
      `p/a@${Date.UTC(2026, 10, 1) + 3 * DAY}`,
    ]);
    expect(before.extra.mocks).toEqual(
      mocksBefore.map((mock) => ({ key: mock.id, updatedAt: mock.updatedAt, mock })),
    );

    await resetProgress();
    await db.clear("packs");
    const wiped = await readBackup(settings, 200);
    expect(wiped.attempts).toEqual([]);
    expect(wiped.drafts).toEqual([]);
    expect(wiped.extra.cards).toEqual([]);
    expect(wiped.extra.reviewLogs).toEqual([]);
    expect(wiped.extra.mocks).toEqual([]);
    expect(await listMocks()).toEqual([]);

    const r = await importBackup(JSON.parse(JSON.stringify(before)), settings, 300);
    expect(r.ok).toBe(true);
    const after = await readBackup(settings, 100);
    expect(after).toEqual(before);
    expect(await db.getAll("mocks")).toEqual(mocksBefore);
    expect(await listMocks()).toEqual(readableBefore);

    // Importing the same file again adds nothing.
    await importBackup(before, settings, 400);
    expect((await readBackup(settings, 100)).attempts).toHaveLength(2);
    expect(await listReviewLogs()).toHaveLength(3);
    expect(await db.getAll("mocks")).toEqual(mocksBefore);
  });

  it("merges a mock from two devices: the finished copy wins over a later in-progress one, both ways", async () => {
    const db = (await getDb())!;
    const finished = storedMock("mock-m", 100, true);
    const inProgress = storedMock("mock-m", 500, false); // resumed on another device, not finished
    for (const [here, there] of [
      [finished, inProgress],
      [inProgress, finished],
    ] as const) {
      await resetProgress();
      await db.put("mocks", there);
      const file = JSON.parse(JSON.stringify(await readBackup({}, 1))) as Backup;
      await resetProgress();
      await db.put("mocks", here);
      const preview = mergePreview(await readBackup({}, 2), file);
      expect(preview.newerMocks).toBe(here === finished ? 0 : 1);
      expect((await importBackup(file, {}, 3)).ok).toBe(true);
      expect(await db.getAll("mocks")).toEqual([finished]);
      expect((await getMock("mock-m"))?.report?.id).toBe("mock-m");
    }
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

  it("skips drill and mock records it cannot store instead of failing the import", async () => {
    await resetProgress();
    const backup = await readBackup({}, 1);
    backup.extra.cards = [{ key: "p/z", card: "not a card" }];
    backup.extra.reviewLogs = [{ key: "p/z@1", log: { key: "p/z" } }];
    backup.extra.mocks = [
      { key: "m1", mock: "not a mock" },
      { key: "m2", mock: { id: "other-id", startedAt: 1, updatedAt: 1, state: {} } },
    ];
    const r = await importBackup(backup, {}, 2);
    expect(r.ok).toBe(true);
    expect(await listCards()).toEqual([]);
    expect(await listReviewLogs()).toEqual([]);
    expect(await (await getDb())!.getAll("mocks")).toEqual([]);
  });
});

describe("backup of incident answers", () => {
  it("round-trips an incident's attempt, its practice draft and a mock's step answers", async () => {
    await resetProgress();
    const steps = { "what-broke": { choices: ["app5-cents"] }, "fix-feature-query": { text: "SELECT 1;" } };
    const result = {
      status: "fail" as const,
      score: 0.75,
      cases: [
        { id: "what-broke", status: "pass" as const, points: 1, maxPoints: 1 },
        { id: "fix-feature-query", status: "fail" as const, points: 0, maxPoints: 2 },
      ],
      durationMs: 3,
    };
    await recordAttempt({
      ...attempt("incidents/fraud-spend-feature-in-cents", Date.UTC(2026, 10, 3), 0.75, {
        kind: "incident",
        answer: { steps, checked: ["what-broke"] },
      }),
      result,
    });
    await saveDraft("incidents/fraud-spend-feature-in-cents", { steps, checked: ["what-broke"] });
    const s0 = createSession(shortLoop, shortSelection(), "practice", T0, { id: "mock-inc", seed: 1 });
    const state = submitAnswer(s0, s0.sections[0]!.questionKeys[0]!, T0 + 1000, { answer: { steps } }).state;
    await saveMock(state);
    const before = await readBackup({}, 10);

    await resetProgress();
    expect(await importBackup(JSON.parse(JSON.stringify(before)), {}, 20)).toMatchObject({ ok: true });
    const after = await readBackup({}, 10);
    expect(after).toEqual(before);
    expect(after.attempts[0]).toMatchObject({ kind: "incident", answer: { steps }, result });
    expect(after.drafts[0]!.value).toEqual({ steps, checked: ["what-broke"] });
    expect((await getMock("mock-inc"))!.state.submissions["p/a#1"]!.answer).toEqual({ steps });
  });
});
