import { describe, expect, it } from "vitest";
import {
  buildDailyQueue,
  scheduler,
  type CardState,
  type DailyQueueInput,
  type DrillQuestion,
  type DrillRating,
  type QueueSettings,
  type ReviewLogRecord,
} from "../../../src/domain/drill";
import { DAY, MINUTE, at, logAt, questions } from "./drill-factories";

const s = scheduler();

/** A user's drill data, updated the way the app will: rate a queue item, store card and log. */
function drillUser(qs: DrillQuestion[], settings: QueueSettings, extra: Partial<DailyQueueInput> = {}) {
  const cards = new Map<string, CardState>();
  const logs: ReviewLogRecord[] = [];
  const queue = (now: number) =>
    buildDailyQueue({
      cards: [...cards.values()],
      questions: qs,
      settings,
      reviewedToday: logs,
      now,
      ...extra,
    });
  return {
    cards,
    logs,
    queue,
    keys: (now: number) => queue(now).items.map((i) => i.key),
    /** Answer `key` at `now`, which must be in the queue at that time. */
    answer(key: string, rating: DrillRating, now: number) {
      const item = queue(now).items.find((i) => i.key === key);
      if (!item) throw new Error(`${key} is not in the queue at ${new Date(now).toISOString()}`);
      const { card, log } = s.applyReview(item.card, rating, now);
      cards.set(key, card);
      logs.push(log);
    },
  };
}

const bank = [...questions("a", 3, "coding"), ...questions("b", 3, "ml-fundamentals")];
/** Two packs of one category: new questions keep pack order (no interleaving across categories). */
const oneCategory = [...questions("a", 3, "coding"), ...questions("b", 3, "coding")];

describe("buildDailyQueue: two simulated days", () => {
  it("day 1 introduces new questions only; day 2 puts due reviews first", () => {
    const user = drillUser(oneCategory, { newPerDay: 3 });

    const day1 = user.queue(at(1, 9));
    expect(day1.counts).toEqual({ review: 0, new: 3, total: 3 });
    expect(day1.items.map((i) => [i.key, i.kind])).toEqual([
      ["a/q1", "new"],
      ["a/q2", "new"],
      ["a/q3", "new"],
    ]);
    expect(day1.day).toBe("2026-03-01");

    user.answer("a/q1", "hard", at(1, 9, 0));
    // No same-day repeat after Hard; the daily limit still counts a/q1.
    expect(user.keys(at(1, 9, 5))).toEqual(["a/q2", "a/q3"]);

    user.answer("a/q2", "again", at(1, 9, 10));
    const waiting = user.queue(at(1, 9, 15));
    expect(waiting.items.map((i) => i.key)).toEqual(["a/q3"]);
    expect(waiting.later).toEqual([{ key: "a/q2", due: at(1, 9, 20) }]);

    // Once due, the Again card comes back before the remaining new question.
    const back = user.queue(at(1, 9, 21));
    expect(back.items.map((i) => [i.key, i.kind])).toEqual([
      ["a/q2", "review"],
      ["a/q3", "new"],
    ]);
    expect(back.counts).toEqual({ review: 1, new: 1, total: 2 });

    user.answer("a/q3", "easy", at(1, 9, 25));
    user.answer("a/q2", "good", at(1, 9, 30));
    for (const t of [at(1, 9, 31), at(1, 18), at(1, 23, 59)]) {
      const q = user.queue(t);
      expect(q.items).toEqual([]);
      expect(q.later).toEqual([]);
      expect(q.newLeftToday).toBe(0);
    }

    // Day 2: a/q1 (Hard, 1 day) and a/q2 (Good after Again) are due; a/q3 (Easy) is not.
    expect(user.cards.get("a/q3")!.due).toBeGreaterThan(at(3));
    const day2 = user.queue(at(2, 12));
    expect(day2.day).toBe("2026-03-02");
    expect(day2.counts).toEqual({ review: 2, new: 3, total: 5 });
    expect(day2.newIntroducedToday).toBe(0);
    expect(day2.items.map((i) => [i.key, i.kind])).toEqual([
      ["a/q1", "review"],
      ["a/q2", "review"],
      ["b/q1", "new"],
      ["b/q2", "new"],
      ["b/q3", "new"],
    ]);
    expect(day2.items[0]!.overdueMs).toBe(at(2, 12) - at(2, 9, 0));
  });

  it("shows reviews due later today in the morning (days, not hours)", () => {
    const user = drillUser(bank, { newPerDay: 1 });
    user.answer("a/q1", "hard", at(1, 20));
    expect(user.cards.get("a/q1")!.due).toBe(at(2, 20));
    expect(user.keys(at(2, 7))).toEqual(["a/q1", "a/q2"]); // review first, then the next new one
  });
});

describe("buildDailyQueue: rules", () => {
  it("respects newPerDay across the day, counting Again answers as introduced", () => {
    const user = drillUser(bank, { newPerDay: 2 });
    expect(user.queue(at(1, 8)).counts.new).toBe(2);
    user.answer("a/q1", "again", at(1, 8));
    expect(user.queue(at(1, 8, 1))).toMatchObject({ newIntroducedToday: 1, newLeftToday: 1 });
    expect(user.keys(at(1, 8, 1))).toEqual(["b/q1"]); // the morning plan: a/q1, then b/q1
    user.answer("b/q1", "good", at(1, 8, 2));
    expect(user.keys(at(1, 8, 5))).toEqual([]);
    expect(user.keys(at(1, 8, 30))).toEqual(["a/q1"]); // the Again card, new limit spent
    user.answer("a/q1", "again", at(1, 8, 30));
    user.answer("a/q1", "good", at(1, 8, 45));
    const evening = user.queue(at(1, 22));
    expect(evening).toMatchObject({ items: [], newIntroducedToday: 2, newLeftToday: 0 });
    expect(user.queue(at(2, 8)).counts.new).toBe(2);
  });

  it("never repeats a card rated today except after Again, whatever its stored due says", () => {
    // E.g. a card merged from an older backup whose due time predates today's review.
    const stale: CardState = { ...s.newCard("a/q1", at(1)), phase: "relearning", due: at(3, 8), reps: 3 };
    const input = (rating: DrillRating) => ({
      cards: [stale],
      questions: questions("a", 1),
      settings: { newPerDay: 0 },
      reviewedToday: [
        logAt("a/q1", at(3, 7), { rating: "again" }),
        logAt("a/q1", at(3, 9), { rating }),
        logAt("a/q1", at(2, 9), { rating: "again" }),
      ],
      now: at(3, 10),
    });
    expect(buildDailyQueue(input("good")).items).toEqual([]);
    expect(buildDailyQueue(input("hard")).items).toEqual([]);
    expect(buildDailyQueue(input("again")).items.map((i) => i.key)).toEqual(["a/q1"]);
  });

  it("orders due reviews most overdue first, ties by key", () => {
    const card = (key: string, due: number): CardState => ({
      ...s.newCard(key, at(1)),
      phase: "review",
      due,
      stability: 3,
      difficulty: 5,
      scheduledDays: 3,
      reps: 2,
      lastReview: due - 3 * DAY,
    });
    const q = buildDailyQueue({
      cards: [card("a/q1", at(9, 8)), card("a/q2", at(5, 8)), card("a/q3", at(7)), card("b/q1", at(5, 8))],
      questions: bank,
      settings: { newPerDay: 0 },
      reviewedToday: [],
      now: at(9, 10),
    });
    expect(q.items.map((i) => i.key)).toEqual(["a/q2", "b/q1", "a/q3", "a/q1"]);
    expect(q.counts).toEqual({ review: 4, new: 0, total: 4 });
  });

  it("filters by packs and categories and ignores cards of other questions", () => {
    const base = { cards: [], reviewedToday: [], now: at(1) };
    const keys = (settings: QueueSettings, qs = bank) =>
      buildDailyQueue({ ...base, questions: qs, settings }).items.map((i) => i.key);
    expect(keys({ newPerDay: 10, packs: ["b"] })).toEqual(["b/q1", "b/q2", "b/q3"]);
    expect(keys({ newPerDay: 10, categories: ["coding"] })).toEqual(["a/q1", "a/q2", "a/q3"]);
    expect(keys({ newPerDay: 10, packs: ["a"], categories: ["ml-fundamentals"] })).toEqual([]);
    expect(keys({ newPerDay: 10, packs: [], categories: [] })).toHaveLength(6);

    const user = drillUser(bank, { newPerDay: 1 });
    user.answer("a/q1", "good", at(1));
    const q = buildDailyQueue({
      cards: [...user.cards.values()],
      questions: bank,
      settings: { newPerDay: 1, packs: ["b"] },
      reviewedToday: [],
      now: at(5),
    });
    expect(q.items.map((i) => i.key)).toEqual(["b/q1"]);
  });

  it("shuffles new questions deterministically when given a seed", () => {
    const many = questions("p", 20);
    const order = (seed: string) =>
      buildDailyQueue({
        cards: [],
        questions: many,
        settings: { newPerDay: 20 },
        reviewedToday: [],
        now: at(1),
        seed,
      }).items.map((i) => i.key);
    expect(order("2026-03-01")).toEqual(order("2026-03-01"));
    expect([...order("2026-03-01")].sort()).toEqual(many.map((q) => q.key).sort());
    expect(order("2026-03-01")).not.toEqual(many.map((q) => q.key));
    expect(order("2026-03-01")).not.toEqual(order("2026-03-02"));
  });

  it("uses the user's day: UTC offset and day start hour", () => {
    const qs = questions("a", 3);
    const tokyo = { utcOffsetMinutes: 9 * 60 };
    const user = drillUser(qs, { newPerDay: 1 }, { clock: tokyo });
    // 16:00 UTC on 1 March is 01:00 on 2 March in Tokyo.
    user.answer("a/q1", "good", at(1, 16));
    expect(user.queue(at(1, 16, 30))).toMatchObject({ day: "2026-03-02", newIntroducedToday: 1 });
    // 14:00 UTC on 2 March is 23:00 in Tokyo, still the same day: nothing new.
    expect(user.keys(at(2, 14))).toEqual([]);
    // 15:00 UTC is midnight in Tokyo: a new day.
    expect(user.keys(at(2, 15))).toEqual(["a/q2"]);

    const lateOwl = drillUser(qs, { newPerDay: 1 }, { clock: { dayStartHour: 4 } });
    lateOwl.answer("a/q1", "good", at(1, 23));
    expect(lateOwl.keys(at(2, 3, 59))).toEqual([]); // still 1 March until 04:00
    expect(lateOwl.keys(at(2, 4))).toEqual(["a/q2"]);
  });

  it("lists an Again card due after the day ends in neither today's items nor later", () => {
    const user = drillUser(questions("a", 1), { newPerDay: 1 });
    user.answer("a/q1", "again", at(1, 23, 55));
    expect(user.queue(at(1, 23, 56))).toMatchObject({ items: [], later: [] });
    const tomorrow = user.queue(at(2, 0, 5));
    expect(tomorrow.items.map((i) => [i.key, i.kind])).toEqual([["a/q1", "review"]]);
    expect(tomorrow.items[0]!.overdueMs).toBe(0);
    expect(user.cards.get("a/q1")!.due).toBe(at(1, 23, 55) + 10 * MINUTE);
  });
});
