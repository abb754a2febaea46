import { describe, expect, it } from "vitest";
import { reviewAheadKeys, reviewForecast, scheduler, type CardState } from "../../../src/domain/drill";
import { DAY, HOUR, at } from "./drill-factories";

const s = scheduler();
const card = (key: string, due: number, phase: CardState["phase"] = "review"): CardState => ({
  ...s.applyReview(s.newCard(key, at(1) - 20 * DAY), "good", at(1) - 20 * DAY).card,
  phase,
  due,
});

describe("reviewForecast", () => {
  it("counts reviews per day from today, overdue ones today, new cards never", () => {
    const cards = [
      card("p/overdue", at(1) - 3 * DAY),
      card("p/today", at(1, 20)),
      card("p/tomorrow", at(2, 7)),
      card("p/tomorrow-2", at(2, 23)),
      card("p/in-3", at(4, 1)),
      card("p/too-far", at(20)),
      card("p/new", at(2), "new"),
    ];
    expect(reviewForecast(cards, at(1, 9), 4)).toEqual([
      { day: "2026-03-01", count: 2 },
      { day: "2026-03-02", count: 2 },
      { day: "2026-03-03", count: 0 },
      { day: "2026-03-04", count: 1 },
    ]);
    // Only the questions still enabled count.
    expect(reviewForecast(cards, at(1, 9), 2, {}, new Set(["p/today"]))).toEqual([
      { day: "2026-03-01", count: 1 },
      { day: "2026-03-02", count: 0 },
    ]);
  });

  it("uses the user's day", () => {
    // 23:00 UTC on 1 March is 2 March in UTC+2.
    const forecast = reviewForecast([card("p/a", at(1, 23))], at(1, 9), 2, { utcOffsetMinutes: 120 });
    expect(forecast).toEqual([
      { day: "2026-03-01", count: 0 },
      { day: "2026-03-02", count: 1 },
    ]);
  });
});

describe("reviewAheadKeys", () => {
  it("takes reviews due after today within the window, soonest first, up to the limit", () => {
    const cards = [
      card("p/c", at(3, 9)),
      card("p/a", at(2, 9)),
      card("p/today", at(1, 9) + HOUR),
      card("p/b", at(2, 9)),
      card("p/far", at(12)),
      card("p/learning", at(2), "relearning"),
    ];
    expect(reviewAheadKeys(cards, at(1, 9), 3, 10)).toEqual(["p/a", "p/b", "p/c"]);
    expect(reviewAheadKeys(cards, at(1, 9), 3, 2)).toEqual(["p/a", "p/b"]);
    expect(reviewAheadKeys(cards, at(1, 9), 1, 10)).toEqual(["p/a", "p/b"]);
    expect(reviewAheadKeys(cards, at(1, 9), 3, 10, {}, new Set(["p/c"]))).toEqual(["p/c"]);
  });
});
