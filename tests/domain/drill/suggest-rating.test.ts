import { describe, expect, it } from "vitest";
import { attemptPassed, suggestRating, type AttemptSummary } from "../../../src/domain/drill";

const MIN = 60_000;
const base: AttemptSummary = {
  kind: "python",
  status: "pass",
  score: 1,
  hintsUsed: 0,
  solutionViewed: false,
  timeSpentMs: 8 * MIN,
  estimatedMinutes: 10,
};

describe("suggestRating", () => {
  it.each<[string, Partial<AttemptSummary>, string]>([
    ["code failed", { status: "fail", score: 0.6 }, "again"],
    ["code errored", { status: "error", score: 0 }, "again"],
    ["code 'pass' with a partial score", { status: "pass", score: 0.9 }, "again"],
    ["choice wrong", { kind: "choice", status: "fail", score: 0 }, "again"],
    ["rubric below threshold", { kind: "written", status: "fail", score: 0.6 }, "again"],
    ["rubric errored even with a score", { kind: "design", status: "error", score: 0.9 }, "again"],
    ["failed even when quick and clean", { status: "fail", score: 0, timeSpentMs: MIN }, "again"],
    ["passed with a hint", { hintsUsed: 1 }, "hard"],
    ["passed after viewing the solution", { solutionViewed: true }, "hard"],
    ["passed quickly but with a hint", { hintsUsed: 2, timeSpentMs: MIN }, "hard"],
    ["passed in normal time", {}, "good"],
    ["rubric at threshold (not all items)", { kind: "design", status: "fail", score: 0.7 }, "good"],
    ["passed just over half the estimate", { timeSpentMs: 5 * MIN + 1 }, "good"],
    ["passed with unknown time", { timeSpentMs: 0 }, "good"],
    ["passed at exactly half the estimate", { timeSpentMs: 5 * MIN }, "easy"],
    ["passed quickly and cleanly", { timeSpentMs: 2 * MIN }, "easy"],
    ["numeric quick and clean", { kind: "numeric", timeSpentMs: MIN }, "easy"],
    ["rubric full marks, quick", { kind: "written", score: 1, timeSpentMs: 3 * MIN }, "easy"],
  ])("%s → %s", (_name, change, expected) => {
    expect(suggestRating({ ...base, ...change })).toBe(expected);
  });

  it("honours custom thresholds", () => {
    const rubric = { ...base, kind: "written", status: "fail" as const, score: 0.6 };
    expect(suggestRating(rubric, { rubricPassScore: 0.5 })).toBe("good");
    expect(suggestRating({ ...base, timeSpentMs: 8 * MIN }, { quickFactor: 0.9 })).toBe("easy");
  });

  it("attemptPassed agrees with the Again rule", () => {
    expect(attemptPassed(base)).toBe(true);
    expect(attemptPassed({ ...base, score: 0.99 })).toBe(false);
    expect(attemptPassed({ ...base, kind: "written", status: "fail", score: 0.8 })).toBe(true);
  });
});
