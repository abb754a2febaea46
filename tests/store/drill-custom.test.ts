import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { parsePack, type Pack } from "../../src/domain/packs";
import { useAppStore } from "../../src/store";
import { resetProgress } from "../../src/store/backup-repo";
import { listCards, listReviewLogs } from "../../src/store/drill-repo";
import { DRILL_DEFAULTS } from "../../src/store/drill-slice";
import {
  drillQuestions,
  loadDrillData,
  nextInSession,
  rateDrillCard,
  startCustomStudy,
  todayQueue,
  undoLastRating,
} from "../../src/store/drill-session";
import { choiceQuestion, validPack, writtenQuestion } from "../domain/packs/pack-factories";

const clock = {};
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9);

function pack(): Pack {
  const r = parsePack(
    validPack(
      [
        choiceQuestion("a", { estimatedMinutes: 3 }),
        choiceQuestion("b", { estimatedMinutes: 3 }),
        choiceQuestion("c", { estimatedMinutes: 3 }),
        writtenQuestion("w1", { estimatedMinutes: 10 }),
        writtenQuestion("w2", { estimatedMinutes: 10 }),
      ],
      { id: "p" },
    ),
  );
  if (!r.ok) throw new Error(`bad test pack: ${JSON.stringify(r.errors)}`);
  return r.pack;
}
const packs = [pack()];
const queueAt = async (now: number) =>
  todayQueue(
    packs,
    useAppStore.getState().drill,
    await loadDrillData(),
    now,
    clock,
    useAppStore.getState().drillExtra,
  );

beforeEach(async () => {
  await resetProgress();
  useAppStore.setState({
    drill: { ...DRILL_DEFAULTS, newPerDay: 2, minutesPerDay: 15 },
    drillSession: null,
    drillExtra: null,
    drillUndo: null,
    drillNotice: null,
  });
});

describe("drill questions of the packs", () => {
  it("carry their estimated minutes, and written answers count as long written items", () => {
    expect(drillQuestions(packs).map((q) => [q.key, q.minutes, !!q.longWritten])).toEqual([
      ["p/a", 3, false],
      ["p/b", 3, false],
      ["p/c", 3, false],
      ["p/w1", 10, true],
      ["p/w2", 10, true],
    ]);
  });
});

describe("undo of the last rating", () => {
  it("puts the card, the log and the session back, once", async () => {
    const queue = await queueAt(T0);
    const session = nextInSession(null, queue)!;
    useAppStore.getState().setDrillSession(session);
    const r = await rateDrillCard(session.keys[0]!, "easy", packs, T0 + 60_000, clock);
    expect(r.ok).toBe(true);
    expect(await listCards()).toHaveLength(1);
    expect(useAppStore.getState().drillSession?.index).toBe(1);
    expect(useAppStore.getState().drillUndo).toMatchObject({ key: session.keys[0], rating: "easy" });

    const undone = await undoLastRating();
    expect(undone).toEqual({ ok: true, href: `#/practice/p/${session.keys[0]!.slice(2)}?drill=1` });
    expect(await listCards()).toEqual([]);
    expect(await listReviewLogs()).toEqual([]);
    expect(useAppStore.getState().drillSession).toEqual(session);
    expect(await undoLastRating()).toEqual({ ok: false, message: "There is no rating to undo." });
  });

  it("restores the card a review had before, not a fresh one", async () => {
    useAppStore.getState().setDrillSession(nextInSession(null, await queueAt(T0)));
    await rateDrillCard("p/a", "good", packs, T0, clock);
    const before = (await listCards()).find((c) => c.key === "p/a")!;
    await rateDrillCard("p/a", "hard", packs, T0 + 3 * DAY, clock);
    await undoLastRating();
    expect((await listCards()).find((c) => c.key === "p/a")).toEqual(before);
    expect((await listReviewLogs()).map((l) => l.rating)).toEqual(["good"]);
  });
});

describe("custom study", () => {
  it("studies more today: a bigger budget and more new questions, then the session goes on", async () => {
    useAppStore.setState({ drill: { ...DRILL_DEFAULTS, newPerDay: 1, minutesPerDay: 5 } });
    const first = await queueAt(T0);
    expect(first.counts.total).toBe(1);
    await rateDrillCard(first.items[0]!.key, "good", packs, T0, clock);
    expect((await queueAt(T0 + 1000)).counts.total).toBe(0);

    const r = await startCustomStudy({ kind: "more", minutes: 15, newQuestions: 3 }, packs, T0 + 2000, clock);
    expect(r.ok && r.count).toBe(3);
    expect(useAppStore.getState().drillExtra).toEqual({ day: "2026-11-02", minutes: 15, newQuestions: 3 });
    // The extension is for today only.
    expect((await queueAt(T0 + DAY)).budget?.minutesPerDay).toBe(5);
  });

  it("reviews ahead: a session over the reviews of the next days, walked like a topic drill", async () => {
    const none = await startCustomStudy({ kind: "ahead", days: 3 }, packs, T0, clock);
    expect(none).toEqual({ ok: false, message: "No reviews fall due in the next 3 days." });
    useAppStore.getState().setDrillSession(nextInSession(null, await queueAt(T0)));
    await rateDrillCard("p/a", "good", packs, T0, clock);
    await rateDrillCard("p/b", "hard", packs, T0 + 1000, clock);

    const r = await startCustomStudy({ kind: "ahead", days: 3 }, packs, T0 + 2000, clock);
    expect(r).toEqual({ ok: true, href: "#/practice/p/b?drill=1", count: 2 });
    const session = useAppStore.getState().drillSession!;
    expect(session).toMatchObject({ keys: ["p/b", "p/a"], index: 0, custom: "Review ahead (next 3 days)" });
    await rateDrillCard("p/b", "good", packs, T0 + 3000, clock);
    expect(useAppStore.getState().drillSession).toMatchObject({ index: 1, custom: session.custom });
    await rateDrillCard("p/a", "good", packs, T0 + 4000, clock);
    expect(useAppStore.getState().drillSession).toBeNull();
    expect(useAppStore.getState().drillNotice).toBe(
      "Review ahead (next 3 days) finished. Each question comes back in your daily drill when it is due.",
    );
  });
});
