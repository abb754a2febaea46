import { describe, expect, it } from "vitest";
import { hireSignal } from "../../../src/domain/grading/rubric";
import {
  buildReport,
  createSession,
  finishEarly,
  type LoopTemplate,
  type MockReport,
} from "../../../src/domain/mock";
import { categoryEvidenceGap, HIRE_EVIDENCE, loopEvidenceGap } from "../../../src/domain/mock/hire-evidence";
import type { GradeResult } from "../../../src/domain/grading/result";
import type { Question } from "../../../src/domain/packs";
import { grade, MIN, pool, q, T0 } from "./mock-factories";

const easy = (n: number, minutes: number) =>
  Array.from({ length: n }, () => ({ difficulty: "easy" as const, budgetMs: (minutes / n) * MIN }));

describe("loopEvidenceGap", () => {
  it("refuses a signal for three easy questions in 4 minutes, and says why", () => {
    expect(loopEvidenceGap(easy(3, 4), 4 * MIN)).toBe(
      "No hire signal: too little evidence — this loop had 3 questions (at least 4), 4 minutes (at least 45), 0 of 3 medium or hard (at least half). An interviewer judges a longer round of substantial questions.",
    );
  });

  it("refuses a long loop of easy questions, and accepts a loop like the built-in ones", () => {
    expect(loopEvidenceGap(easy(8, 120), 120 * MIN)).toMatch(/0 of 8 medium or hard/);
    const builtInLike = [
      ...easy(2, 20),
      ...Array.from({ length: 5 }, () => ({ difficulty: "medium" as const, budgetMs: 16 * MIN })),
    ];
    expect(loopEvidenceGap(builtInLike, 100 * MIN)).toBeNull();
    expect(HIRE_EVIDENCE).toMatchObject({ minQuestions: 4, minMinutes: 45 });
  });
});

describe("categoryEvidenceGap", () => {
  it("wants two questions or 30 minutes in the category", () => {
    expect(categoryEvidenceGap([{ difficulty: "hard", budgetMs: 35 * MIN }])).toBeNull();
    expect(categoryEvidenceGap(easy(2, 10))).toBeNull();
    expect(categoryEvidenceGap([{ difficulty: "medium", budgetMs: 15 * MIN }])).toBe(
      "Too little evidence: 1 question, 15 minutes (at least 2 questions or 30 minutes).",
    );
  });
});

/** A 60-minute loop: four medium choice questions (20 min), a design (30 min), a debugging answer (10 min). */
const loop: LoopTemplate = {
  id: "custom",
  title: "Enough loop",
  description: "test",
  sections: [
    { id: "s1", title: "Fundamentals", minutes: 20, count: 4, filter: { kinds: ["choice"] } },
    { id: "s2", title: "Design", minutes: 30, count: 1, filter: { kinds: ["design"] } },
    { id: "s3", title: "Debugging", minutes: 10, count: 1, filter: { kinds: ["written"] } },
  ],
};
const choices = ["c1", "c2", "c3", "c4"].map((id) =>
  q(id, { topics: [id === "c4" ? "calibration" : "metrics"] }),
);
const design = q("d", { kind: "design", category: "system-design", topics: ["search"] });
const debug = q("w", { kind: "written", category: "debugging", topics: ["calibration"] });

function report(
  results: Record<string, GradeResult>,
  questions: Question[] = [...choices, design, debug],
): MockReport {
  let s = createSession(
    loop,
    [
      { sectionId: "s1", questions: pool(choices) },
      { sectionId: "s2", questions: pool([design]) },
      { sectionId: "s3", questions: pool([debug]) },
    ],
    "strict",
    T0,
    { id: "m", seed: 5 },
  );
  s = finishEarly(s, T0 + 30 * MIN).state;
  return buildReport(s, results, pool(questions));
}

describe("buildReport: hire signals and strengths", () => {
  const results = {
    "p/c1": grade(1),
    "p/c2": grade(1),
    "p/c3": grade(1),
    "p/c4": grade(1),
    "p/d": grade(0.9),
    "p/w": grade(0.3),
  };

  it("gives an overall signal from the same score the report shows, when the loop is big enough", () => {
    const r = report(results);
    expect(r.overall.score).toBeCloseTo((4 + 0.9 + 0.3) / 6);
    expect(r.overall.signal).toBe(hireSignal(r.overall.score));
    expect(r.overall.signalNote).toBeUndefined();
  });

  it("gives a category a signal only with two questions or 30 minutes", () => {
    const byCategory = Object.fromEntries(report(results).categories.map((c) => [c.category, c]));
    expect(byCategory["ml-fundamentals"]).toMatchObject({ signal: "strong hire", questionCount: 4 });
    expect(byCategory["system-design"]).toMatchObject({ signal: "strong hire", questionCount: 1 });
    expect(byCategory.debugging).toMatchObject({ signal: null, questionCount: 1 });
    expect(byCategory.debugging!.signalNote).toMatch(/1 question, 10 minutes/);
  });

  it("never lists a failed or low-scoring question's topics as strengths", () => {
    // c4 (calibration) is a multi-select answered with partial credit: it failed.
    const partial: GradeResult = { ...grade(0.8), status: "fail" };
    const r = report({ ...results, "p/c4": partial, "p/w": grade(0.9) });
    const calibration = r.topics.find((t) => t.topic === "calibration")!;
    expect(calibration.score).toBeCloseTo(0.85);
    expect(r.strengths).not.toContain("calibration");
    expect(r.strengths).toEqual(["metrics", "search"]);
    // A self-assessed answer with at least 70% of its points supports a strength.
    expect(report({ ...results, "p/w": grade(0.75) }).strengths).toContain("calibration");
  });
});
