import { describe, expect, it } from "vitest";
import {
  activityDays,
  activityHeatmap,
  addDays,
  dailyGoalProgress,
  dayKey,
  dayStartMs,
  daysBetween,
  daysInRange,
  longestStreak,
  streak,
} from "../../../src/domain/drill";
import { at, logAt } from "./drill-factories";

describe("day clock", () => {
  it("names local drill days from epoch times", () => {
    expect(dayKey(at(1, 23, 30))).toBe("2026-03-01");
    expect(dayKey(at(1, 23, 30), { utcOffsetMinutes: 60 })).toBe("2026-03-02");
    expect(dayKey(at(1, 2), { utcOffsetMinutes: -300 })).toBe("2026-02-28");
    expect(dayKey(at(2, 3), { dayStartHour: 4 })).toBe("2026-03-01");
    expect(dayStartMs("2026-03-02", { utcOffsetMinutes: 60, dayStartHour: 4 })).toBe(at(2, 3));
  });

  it("does day arithmetic across month and year ends", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(3);
    expect(daysInRange("2026-02-27", "2026-03-01")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(daysInRange("2026-03-02", "2026-03-01")).toEqual([]);
    expect(() => addDays("yesterday", 1)).toThrow(RangeError);
  });
});

describe("streak", () => {
  const days = ["2026-02-20", "2026-02-25", "2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01"];

  it("counts consecutive active days ending today", () => {
    expect(streak(days, "2026-03-01")).toBe(5);
  });

  it("stays alive through today until today ends", () => {
    expect(streak(days, "2026-03-02")).toBe(5);
  });

  it("is broken by a missed day", () => {
    expect(streak(days, "2026-03-03")).toBe(0);
    expect(streak(days, "2026-02-24")).toBe(0);
    expect(streak(days, "2026-02-21")).toBe(1);
    expect(streak([], "2026-03-01")).toBe(0);
  });

  it("follows reviews across days, including a gap", () => {
    const logs = [at(1, 9), at(1, 22), at(2, 8), at(4, 9), at(5, 9)].map((t) => logAt("a/q1", t));
    const active = activityDays(logs);
    expect([...active].sort()).toEqual(["2026-03-01", "2026-03-02", "2026-03-04", "2026-03-05"]);
    expect(streak(active, "2026-03-02")).toBe(2);
    expect(streak(active, "2026-03-03")).toBe(2);
    expect(streak(active, "2026-03-04")).toBe(1); // the gap on the 3rd broke it
    expect(streak(active, "2026-03-06")).toBe(2);
    expect(longestStreak(active)).toBe(2);
    expect(longestStreak(days)).toBe(5);
    expect(longestStreak([])).toBe(0);
  });
});

describe("daily goal", () => {
  it("counts distinct questions reviewed today", () => {
    const logs = [
      logAt("a/q1", at(1, 9), { rating: "again" }),
      logAt("a/q1", at(1, 9, 10)),
      logAt("a/q2", at(1, 10)),
      logAt("a/q3", at(2, 10)),
    ];
    expect(dailyGoalProgress(logs, 3, "2026-03-01")).toEqual({
      done: 2,
      goal: 3,
      remaining: 1,
      fraction: 2 / 3,
      met: false,
    });
    expect(dailyGoalProgress(logs, 2, "2026-03-01")).toMatchObject({ met: true, fraction: 1, remaining: 0 });
    expect(dailyGoalProgress(logs, 1, "2026-03-03")).toMatchObject({ done: 0, met: false });
    expect(dailyGoalProgress([], 0, "2026-03-03")).toMatchObject({ fraction: 1, met: true });
    expect(dailyGoalProgress(logs, 5, "2026-02-28", { utcOffsetMinutes: -720 })).toMatchObject({ done: 2 });
  });
});

describe("activityHeatmap", () => {
  it("gives a count for every day in the range, zero when idle", () => {
    const logs = [
      logAt("a/q1", at(1, 9)),
      logAt("a/q1", at(1, 9, 20), { rating: "again" }),
      logAt("a/q2", at(1, 23, 30)),
      logAt("a/q3", at(3, 8)),
      logAt("a/q3", at(9, 8)), // outside the range
    ];
    expect(activityHeatmap(logs, "2026-02-28", "2026-03-04")).toEqual([
      { day: "2026-02-28", count: 0 },
      { day: "2026-03-01", count: 3 },
      { day: "2026-03-02", count: 0 },
      { day: "2026-03-03", count: 1 },
      { day: "2026-03-04", count: 0 },
    ]);
    const shifted = activityHeatmap(logs, "2026-03-01", "2026-03-02", { utcOffsetMinutes: 60 });
    expect(shifted).toEqual([
      { day: "2026-03-01", count: 2 },
      { day: "2026-03-02", count: 1 },
    ]);
  });
});
