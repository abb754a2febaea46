import { describe, expect, it } from "vitest";
import { gradeRubric, hireSignal, suggestItems } from "../../../src/domain/grading/rubric";

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

const evidence = (r: ReturnType<typeof suggestItems>) => r.items.map((s) => s.evidence?.text ?? null);

describe("suggestItems", () => {
  it("gives, per item, the first signal found as evidence with the answer's own words", () => {
    const r = suggestItems(
      items,
      "I'd evaluate out of time, because a random split lets rows from the future sit next to the past in " +
        "training: that is leakage.",
    );
    expect(r.items).toEqual([
      { itemId: "split", evidence: { signal: "out-of-time", text: "out of time" }, skipped: [] },
      { itemId: "leak", evidence: { signal: "leakage", text: "leakage" }, skipped: [] },
      { itemId: "calib", evidence: null, skipped: [] },
    ]);
    expect(r.refused).toBe(false);
    expect(r.flags).toEqual([]);
  });

  it("ignores signals that occur in what the user was shown", () => {
    const answer =
      "Because of leakage we need a time-based split; afterwards we check calibration of the scores.";
    const r = suggestItems(items, answer, {
      shown: ["Why can leakage hurt?", "Hint: think about Platt scaling"],
    });
    expect(evidence(r)).toEqual(["time-based split", null, "calibration"]);
    expect(r.items[1]!.skipped).toEqual([{ signal: "leakage", reason: "shown", text: "leakage" }]);
  });

  it("does not count negated signals, and says so", () => {
    const r = suggestItems(
      items,
      "There is no leakage here. Calibration is unnecessary, so I would simply use a time-based split.",
    );
    expect(evidence(r)).toEqual(["time-based split", null, null]);
    expect(r.items[1]!.skipped).toEqual([{ signal: "leakage", reason: "negated", text: "no leakage" }]);
    expect(r.items[2]!.skipped).toEqual([
      { signal: "calibration", reason: "negated", text: "Calibration is unnecessary" },
    ]);
  });

  it("refuses to suggest for keyword stuffing, and says why", () => {
    const r = suggestItems(items, "time-based split, leakage, calibration, platt");
    expect(evidence(r)).toEqual([null, null, null]);
    expect(r.refused).toBe(true);
    expect(r.flags.map((f) => f.code)).toContain("mostly-signals");
    expect(r.flags[0]!.message).toMatch(/no items are suggested/);
  });

  it("measures stuffing against every signal of the question when given", () => {
    const r = suggestItems(items.slice(0, 1), "time-based split with canary shadow rollback parity", {
      allSignals: ["time-based split", "canary", "shadow", "rollback", "parity"],
    });
    expect(r.refused).toBe(true);
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
