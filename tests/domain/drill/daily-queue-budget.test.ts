import { describe, expect, it } from "vitest";
import {
  buildDailyQueue,
  DEFAULT_ITEM_MINUTES,
  scheduler,
  type CardState,
  type DrillQuestion,
  type ReviewLogRecord,
} from "../../../src/domain/drill";
import { DAY, at } from "./drill-factories";

const q = (key: string, category: string, minutes: number, longWritten = false): DrillQuestion => ({
  key,
  packId: key.split("/")[0]!,
  category,
  minutes,
  ...(longWritten ? { longWritten } : {}),
});

/** A fresh profile's bank in pack order, like the built-in packs: debugging cases come first. */
const bank: DrillQuestion[] = [
  ...Array.from({ length: 6 }, (_, i) => q(`debugging/case-${i + 1}`, "debugging", 10 + i, true)),
  ...Array.from({ length: 6 }, (_, i) => q(`ml/mc-${i + 1}`, "ml-fundamentals", 2)),
  ...Array.from({ length: 4 }, (_, i) => q(`sql/s-${i + 1}`, "coding", 6)),
  q("design/d-1", "system-design", 40, true),
];
const minutes = (keys: string[]) => keys.reduce((n, k) => n + bank.find((x) => x.key === k)!.minutes!, 0);
const isLong = (k: string) => bank.find((x) => x.key === k)!.longWritten === true;

function queue(
  settings: { newPerDay: number; minutesPerDay?: number },
  extra: Partial<Parameters<typeof buildDailyQueue>[0]> = {},
) {
  return buildDailyQueue({ cards: [], questions: bank, settings, reviewedToday: [], now: at(1), ...extra });
}

describe("buildDailyQueue: a daily session that fits its time", () => {
  it("gives a fresh profile a mix within 15 minutes with at most one long written item", () => {
    const day = queue({ newPerDay: 5, minutesPerDay: 15 }, { seed: "2026-03-01" });
    const keys = day.items.map((i) => i.key);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    expect(minutes(keys)).toBeLessThanOrEqual(15);
    expect(keys.filter(isLong).length).toBeLessThanOrEqual(1);
    expect(new Set(day.items.map((i) => i.question.category)).size).toBeGreaterThanOrEqual(2);
    expect(day.budget).toEqual({ minutesPerDay: 15, usedToday: 0, queued: minutes(keys) });
    expect(day.heldBack).toBe(0);
  });

  it("interleaves categories in pack order without a seed, skipping what does not fit", () => {
    const day = queue({ newPerDay: 5, minutesPerDay: 15 });
    // debugging/case-1 (10 min) first, then a 2-minute ML question; the next 10+ minute case and
    // the 6-minute SQL question do not fit the 3 minutes left, a second ML question does.
    expect(day.items.map((i) => i.key)).toEqual(["debugging/case-1", "ml/mc-1", "ml/mc-2"]);
  });

  it("keeps the rest of the day's plan when a new question is rated, whatever the rating", () => {
    for (const rating of ["again", "good"] as const) {
      for (const extra of [{}, { seed: "2026-03-01" }, { mixSeed: "2026-03-02" }]) {
        const settings = { newPerDay: 5, minutesPerDay: 15 };
        const morning = queue(settings, extra).items;
        expect(morning.length).toBeGreaterThanOrEqual(3);
        const { card, log } = scheduler().applyReview(morning[0]!.card, rating, at(1, 1));
        const later = queue(settings, { ...extra, cards: [card], reviewedToday: [log], now: at(1, 1, 1) });
        // The other questions of the morning, in the morning's order (an Again card comes back later).
        expect(later.items.map((i) => i.key)).toEqual(morning.slice(1).map((i) => i.key));
      }
    }
  });

  it("never holds two long written items in a day, even with time to spare", () => {
    const day = queue({ newPerDay: 10, minutesPerDay: 200 });
    expect(day.items.map((i) => i.key).filter(isLong)).toEqual(["debugging/case-1"]);
    expect(day.counts.new).toBe(10);
  });

  it("counts what was drilled today against the budget and the long written item", () => {
    const log: ReviewLogRecord = {
      key: "debugging/case-1",
      rating: "good",
      review: at(1, 8),
      phase: "new",
      due: at(1, 8),
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 2,
      learningSteps: 0,
    };
    const day = queue({ newPerDay: 5, minutesPerDay: 15 }, { reviewedToday: [log] });
    expect(day.budget?.usedToday).toBe(10);
    expect(day.items.map((i) => i.key)).toEqual(["ml/mc-1", "ml/mc-2"]);
    expect(day.newLeftToday).toBe(4);
  });

  it("takes due reviews first, holds back those that do not fit, and never starves a long review", () => {
    const s = scheduler();
    const reviewCard = (key: string, due: number): CardState => ({
      ...s.applyReview(s.newCard(key, at(1) - 10 * DAY), "good", at(1) - 10 * DAY).card,
      due,
    });
    const cards = [
      reviewCard("design/d-1", at(1) - 3 * DAY), // 40 minutes, the most overdue
      reviewCard("sql/s-1", at(1) - 2 * DAY),
      reviewCard("ml/mc-1", at(1) - DAY),
    ];
    const day = queue({ newPerDay: 5, minutesPerDay: 15 }, { cards });
    // The 40-minute review alone exceeds 15 minutes, yet it is due and nothing else was done.
    expect(day.items.map((i) => [i.key, i.kind])).toEqual([["design/d-1", "review"]]);
    expect(day.heldBack).toBe(2);

    const later = queue({ newPerDay: 5, minutesPerDay: 50 }, { cards });
    expect(later.items.slice(0, 3).map((i) => i.key)).toEqual(["design/d-1", "sql/s-1", "ml/mc-1"]);
    expect(later.items.slice(3).every((i) => i.kind === "new" && !isLong(i.key))).toBe(true);
  });

  it("has no time limit when the settings set none, and assumes minutes for questions that give none", () => {
    const plain = buildDailyQueue({
      cards: [],
      questions: [{ key: "p/a", packId: "p", category: "coding" }],
      settings: { newPerDay: 5, minutesPerDay: DEFAULT_ITEM_MINUTES },
      reviewedToday: [],
      now: at(1),
    });
    expect(plain.items.map((i) => i.key)).toEqual(["p/a"]);
    expect(plain.budget?.queued).toBe(DEFAULT_ITEM_MINUTES);
    expect(queue({ newPerDay: 20 }).budget).toBeUndefined();
    expect(queue({ newPerDay: 20 }).counts.new).toBe(11); // 10 short ones and one long written
  });
});

describe("buildDailyQueue: mixSeed", () => {
  it("lets each day open with another category while keeping pack order within a category", () => {
    const firstCategories = new Set<string>();
    for (let d = 1; d <= 10; d++) {
      const day = queue(
        { newPerDay: 6, minutesPerDay: 60 },
        { mixSeed: `2026-03-${String(d).padStart(2, "0")}` },
      );
      firstCategories.add(day.items[0]!.question.category);
      const ml = day.items.filter((i) => i.question.category === "ml-fundamentals").map((i) => i.key);
      expect(ml).toEqual([...ml].sort());
    }
    expect(firstCategories.size).toBeGreaterThan(1);
  });
});
