import { describe, expect, it } from "vitest";
import {
  gradeChoice,
  gradeNumeric,
  numericMatches,
  parseNumericAnswer,
} from "../../src/domain/grading/answer-grading";
import type { ChoiceQuestion, NumericQuestion } from "../../src/domain/packs";

const base = {
  title: "t",
  prompt: "p",
  category: "ml-fundamentals" as const,
  topics: ["x"],
  difficulty: "easy" as const,
  lanes: ["applied" as const],
  estimatedMinutes: 1,
  hints: [],
  explanation: "e",
};

const single: ChoiceQuestion = {
  ...base,
  id: "q",
  kind: "choice",
  options: [
    { id: "a", text: "A", correct: false, explanation: "no" },
    { id: "b", text: "B", correct: true, explanation: "yes" },
    { id: "c", text: "C", correct: false, explanation: "no" },
  ],
};
const multi: ChoiceQuestion = {
  ...single,
  multiple: true,
  options: single.options.map((o) => ({ ...o, correct: o.id !== "c" })),
};

describe("gradeChoice", () => {
  it("passes the right single option and scores 1", () => {
    const r = gradeChoice(single, ["b"]);
    expect(r.status).toBe("pass");
    expect(r.score).toBe(1);
    expect(r.cases).toHaveLength(3);
  });
  it("fails a wrong single option with score 0 and says which were wrong", () => {
    const r = gradeChoice(single, ["a"]);
    expect(r.status).toBe("fail");
    expect(r.score).toBe(0);
    expect(r.cases.map((c) => [c.id, c.message])).toEqual([
      ["a", "Your answer, and it is not correct."],
      ["b", "The correct answer."],
      ["c", "Not correct."],
    ]);
    expect(gradeChoice(single, ["b"]).cases.map((c) => c.message)).toEqual([
      "Not correct.",
      "Correct: your answer.",
      "Not correct.",
    ]);
  });
  it("says per option, on multiple-answer questions, whether it was rightly selected or left out", () => {
    expect(gradeChoice(multi, ["a", "c"]).cases.map((c) => [c.id, c.status, c.message])).toEqual([
      ["a", "pass", "Correct, and you selected it."],
      ["b", "fail", "Correct, but you did not select it."],
      ["c", "fail", "Not correct, but you selected it."],
    ]);
    expect(gradeChoice(multi, ["a"]).cases[2]!.message).toBe("Not correct, and rightly left out.");
  });
  it("gives partial credit on multiple-answer questions but passes only when all are right", () => {
    const r = gradeChoice(multi, ["a"]);
    expect(r.status).toBe("fail");
    expect(r.score).toBeCloseTo(2 / 3);
    expect(gradeChoice(multi, ["a", "b"]).status).toBe("pass");
  });
  it("errors on no answer or an unknown option", () => {
    expect(gradeChoice(single, []).status).toBe("error");
    expect(gradeChoice(single, ["zz"]).error?.kind).toBe("InvalidAnswer");
  });
});

const numeric: NumericQuestion = {
  ...base,
  id: "n",
  kind: "numeric",
  answer: 0.25,
  tolerance: { abs: 0.005 },
};

describe("numeric answers", () => {
  it("parses decimals, percents, exponents and separators", () => {
    expect(parseNumericAnswer(" 0.25 ")).toBe(0.25);
    expect(parseNumericAnswer("25%")).toBe(0.25);
    expect(parseNumericAnswer("25%", "%")).toBe(25);
    expect(parseNumericAnswer("1,000")).toBe(1000);
    expect(parseNumericAnswer("1e-3")).toBe(0.001);
    expect(parseNumericAnswer("12 ms", "ms")).toBe(12);
    expect(parseNumericAnswer("abc")).toBeNull();
    expect(parseNumericAnswer("")).toBeNull();
    expect(parseNumericAnswer("1.2.3")).toBeNull();
  });
  it("applies absolute and relative tolerance, or exactness when none", () => {
    expect(numericMatches(numeric, 0.254)).toBe(true);
    expect(numericMatches(numeric, 0.256)).toBe(false);
    expect(numericMatches({ answer: 200, tolerance: { rel: 0.01 } }, 201.9)).toBe(true);
    expect(numericMatches({ answer: 200, tolerance: { rel: 0.01 } }, 202.1)).toBe(false);
    expect(numericMatches({ answer: 0.3, tolerance: {} }, 0.1 + 0.2)).toBe(true);
    expect(numericMatches({ answer: 3, tolerance: {} }, 3.001)).toBe(false);
  });
  it("grades typed text", () => {
    expect(gradeNumeric(numeric, "0.25").status).toBe("pass");
    const wrong = gradeNumeric(numeric, "0.3");
    expect(wrong.status).toBe("fail");
    expect(wrong.cases[0]!.message).toMatch(/Off by 0.0500 \(tolerance ±0.005\)/);
    expect(gradeNumeric(numeric, "a quarter").status).toBe("error");
  });
});
