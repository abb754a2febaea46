import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { parsePack, type Pack } from "../../src/domain/packs";
import { useAppStore } from "../../src/store";
import { resetProgress } from "../../src/store/backup-repo";
import { getDb } from "../../src/store/db-handle";
import { listCards, listReviewLogs } from "../../src/store/drill-repo";
import { DRILL_DEFAULTS } from "../../src/store/drill-slice";
import {
  drillQuestionHref,
  loadDrillData,
  nextInSession,
  rateDrillCard,
  todayQueue,
} from "../../src/store/drill-session";
import { choiceQuestion, validPack } from "../domain/packs/pack-factories";

const clock = {};
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9);

function pack(): Pack {
  const r = parsePack(
    validPack([choiceQuestion("a"), choiceQuestion("b"), choiceQuestion("c")], { id: "p" }),
  );
  if (!r.ok) throw new Error("bad test pack");
  return r.pack;
}
const packs = [pack()];

async function queueAt(now: number) {
  return todayQueue(packs, useAppStore.getState().drill, await loadDrillData(), now, clock);
}

beforeEach(async () => {
  await resetProgress();
  useAppStore.setState({ drill: { ...DRILL_DEFAULTS, newPerDay: 2 }, drillSession: null });
});

describe("drill session in the store", () => {
  it("rates through today's queue, saving card and log, then reports done", async () => {
    const queue = await queueAt(T0);
    expect(queue.items.map((i) => i.key)).toEqual(["p/a", "p/b"]);
    const session = nextInSession(null, queue)!;
    expect(session).toEqual({ day: "2026-11-02", keys: ["p/a", "p/b"], index: 0 });
    useAppStore.getState().setDrillSession(session);

    const first = await rateDrillCard("p/a", "good", packs, T0 + 60_000, clock);
    expect(first.ok && first.next).toEqual({ ...session, index: 1 });
    const second = await rateDrillCard("p/b", "again", packs, T0 + 120_000, clock);
    // Again brings p/b back in 10 minutes: nothing is left right now.
    expect(second.ok && second.next).toBeNull();
    expect(useAppStore.getState().drillSession).toBeNull();
    expect((await listCards()).map((c) => [c.key, c.phase])).toEqual([
      ["p/a", "review"],
      ["p/b", "learning"],
    ]);
    expect((await listReviewLogs()).map((l) => [l.key, l.rating])).toEqual([
      ["p/a", "good"],
      ["p/b", "again"],
    ]);
    // Later the same day the card rated Again is due; p/a (Good) is not repeated.
    const later = await queueAt(T0 + 30 * 60_000);
    expect(later.items.map((i) => i.key)).toEqual(["p/b"]);
    expect(nextInSession(null, later)?.keys).toEqual(["p/b"]);
    // Two days later p/a is a review, before the next new question.
    const day3 = await queueAt(T0 + 2 * DAY);
    expect(day3.items.map((i) => [i.key, i.kind])).toEqual([
      ["p/b", "review"],
      ["p/a", "review"],
      ["p/c", "new"],
    ]);
  });

  it("passes over questions already answered and restarts a stale session", async () => {
    const queue = await queueAt(T0);
    expect(nextInSession({ day: queue.day, keys: ["p/x", "p/b"], index: 0 }, queue)).toEqual({
      day: queue.day,
      keys: ["p/x", "p/b"],
      index: 1,
    });
    expect(nextInSession({ day: "2026-11-01", keys: ["p/b"], index: 0 }, queue)).toEqual({
      day: queue.day,
      keys: ["p/a", "p/b"],
      index: 0,
    });
  });

  it("reports a rating that could not be saved and keeps the session where it was", async () => {
    const session = { day: "2026-11-02", keys: ["p/a", "p/b"], index: 0 };
    useAppStore.getState().setDrillSession(session);
    const db = (await getDb())!;
    const saved = db.transaction;
    db.transaction = (() => {
      throw new DOMException("full", "QuotaExceededError");
    }) as typeof db.transaction;
    try {
      const r = await rateDrillCard("p/a", "good", packs, T0, clock);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/full/);
    } finally {
      db.transaction = saved;
    }
    expect(useAppStore.getState().drillSession).toEqual(session);
    expect(await listCards()).toEqual([]);
  });

  it("links a question into the practice workspace in drill mode", () => {
    expect(drillQuestionHref("p/a")).toBe("#/practice/p/a?drill=1");
    expect(drillQuestionHref("broken")).toBe("#/drill");
  });
});
