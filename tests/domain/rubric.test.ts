import { describe, expect, it } from "vitest";
import { containsPhrase, gradeRubric, hireSignal, suggestTicks } from "../../src/domain/grading/rubric";

const items = [
  {
    id: "split",
    description: "Uses a time-based split",
    points: 3,
    signals: ["time-based split", "split by time", "out-of-time"],
  },
  { id: "leak", description: "Names leakage", points: 2, signals: ["leakage", "leak"] },
  { id: "calib", description: "Mentions calibration", points: 1, signals: ["calibration", "platt"] },
];

describe("containsPhrase", () => {
  it("matches whole words ignoring case, punctuation and spacing", () => {
    expect(containsPhrase("We use a Time-Based  split.", "time-based split")).toBe(true);
    expect(containsPhrase("We use a time‑based split", "time-based split")).toBe(true); // non-breaking hyphen
    expect(containsPhrase("This leaks data", "leak")).toBe(false);
    expect(containsPhrase("label leak!", "leak")).toBe(true);
    expect(containsPhrase("anything", "")).toBe(false);
  });
});

describe("suggestTicks", () => {
  it("suggests the items whose signals appear, with the phrase that matched", () => {
    expect(suggestTicks(items, "I'd do an out-of-time evaluation to avoid leakage.")).toEqual([
      { itemId: "split", matched: "out-of-time" },
      { itemId: "leak", matched: "leakage" },
      { itemId: "calib", matched: null },
    ]);
  });
});

describe("gradeRubric", () => {
  it("scores only confirmed ticks, by points", () => {
    const r = gradeRubric(items, { split: true, leak: false, calib: true });
    expect(r.score).toBeCloseTo(4 / 6);
    expect(r.status).toBe("fail");
    expect(r.cases.map((c) => c.points)).toEqual([3, 0, 1]);
    expect(gradeRubric(items, { split: true, leak: true, calib: true }).status).toBe("pass");
  });
});

describe("hireSignal", () => {
  it("maps score bands to the five signals", () => {
    expect([0, 0.34, 0.35, 0.54, 0.55, 0.69, 0.7, 0.84, 0.85, 1].map(hireSignal)).toEqual([
      "strong no hire",
      "strong no hire",
      "no hire",
      "no hire",
      "lean hire",
      "lean hire",
      "hire",
      "hire",
      "strong hire",
      "strong hire",
    ]);
  });
});
