import { describe, expect, it } from "vitest";
import { localDay, progressStats } from "../../src/domain/stats/progress-stats";
import type { Pack } from "../../src/domain/packs";
import { numericQuestion } from "./packs/pack-factories";

const q = (id: string, category: string, topics: string[]) =>
  numericQuestion(id, { category, topics, difficulty: "easy" }) as never;
const pack = {
  id: "p",
  questions: [
    q("a", "coding", ["heaps"]),
    q("b", "coding", ["heaps", "graphs"]),
    q("c", "debugging", ["drift"]),
  ],
} as unknown as Pack;
const day1 = Date.UTC(2026, 10, 20, 10);
const day2 = Date.UTC(2026, 10, 21, 23, 30);

describe("progressStats", () => {
  const s = progressStats(
    [pack],
    [
      { questionKey: "p/a", at: day1, score: 0, timeSpentMs: 120_000 },
      { questionKey: "p/a", at: day1 + 1000, score: 1, timeSpentMs: 60_000 },
      { questionKey: "p/b", at: day2, score: 0.5, timeSpentMs: 300_000 },
      { questionKey: "p/c", at: day2, score: 0, timeSpentMs: 60_000 },
    ],
  );
  it("averages scores per category per day", () => {
    expect(s.scoreByCategory.coding).toEqual([
      { day: "2026-11-20", value: 0.5 },
      { day: "2026-11-21", value: 0.5 },
    ]);
    expect(s.scoreByCategory.debugging).toEqual([{ day: "2026-11-21", value: 0 }]);
    expect(s.scoreByCategory["system-design"]).toEqual([]);
  });
  it("computes mastery per topic from best scores and lists the weakest attempted topics", () => {
    expect(s.topics.find((t) => t.topic === "heaps")).toEqual({
      topic: "heaps",
      mastery: 0.75,
      attempted: 2,
      total: 2,
    });
    expect(s.weakest.map((t) => t.topic)).toEqual(["drift", "graphs", "heaps"]);
  });
  it("sums minutes per day and totals", () => {
    expect(s.minutesPerDay).toEqual([
      { day: "2026-11-20", value: 3 },
      { day: "2026-11-21", value: 6 },
    ]);
    expect(s.totals).toEqual({ attempts: 4, questionsAttempted: 3, solved: 1, minutes: 9, timeMs: 540_000 });
  });
  it("uses the local day", () => {
    expect(localDay(day2, 60)).toBe("2026-11-22");
    expect(localDay(day2, -300)).toBe("2026-11-21");
  });
});
