import { describe, expect, it } from "vitest";
import { parsePack } from "../../../src/domain/packs";
import {
  choiceQuestion,
  designQuestion,
  errorLines,
  pythonQuestion,
  rubricItem,
  sqlQuestion,
  validPack,
  writtenQuestion,
} from "./pack-factories";

describe("duplicate ids", () => {
  it("question ids are unique within the pack; the error names both places", () => {
    const r = parsePack(validPack([choiceQuestion("a"), choiceQuestion("b"), choiceQuestion("a")]));
    expect(errorLines(r)).toEqual(['questions[2].id: duplicate question id "a" (also at questions[0].id)']);
    expect(!r.ok && r.errors[0]!.code).toBe("duplicate-id");
  });

  it("case, wrong-answer, option and variant ids are unique within their question", () => {
    const py = pythonQuestion("p", {
      cases: [
        { id: "c", description: "d", args: [], expected: 1 },
        { id: "c", description: "d", args: [], expected: 2 },
      ],
      wrongAnswers: [
        { id: "w", code: "x", mistake: "m" },
        { id: "w", code: "y", mistake: "m" },
      ],
    });
    const sql = sqlQuestion("s", {
      variants: [
        { id: "v", seed: "" },
        { id: "v", seed: "" },
      ],
    });
    const choice = choiceQuestion("c", {
      options: [
        { id: "o", text: "A", correct: true, explanation: "." },
        { id: "o", text: "B", correct: false, explanation: "." },
      ],
    });
    expect(errorLines(parsePack(validPack([py, sql, choice])))).toEqual([
      'questions[0].cases[1].id: duplicate case id "c" (also at questions[0].cases[0].id)',
      'questions[0].wrongAnswers[1].id: duplicate wrong answer id "w" (also at questions[0].wrongAnswers[0].id)',
      'questions[1].variants[1].id: duplicate variant id "v" (also at questions[1].variants[0].id)',
      'questions[2].options[1].id: duplicate option id "o" (also at questions[2].options[0].id)',
    ]);
  });

  it("rubric ids are unique across a whole question; section ids within the question", () => {
    const design = designQuestion("d", {
      sections: [
        { id: "s", title: "A", rubric: [rubricItem("x")] },
        { id: "s", title: "B", rubric: [rubricItem("y")] },
      ],
      followUps: [{ id: "f", question: "?", rubric: [rubricItem("x")] }],
    });
    const written = writtenQuestion("w", { rubric: [rubricItem("r"), rubricItem("r")] });
    expect(errorLines(parsePack(validPack([design, written])))).toEqual([
      'questions[0].sections[1].id: duplicate section id "s" (also at questions[0].sections[0].id)',
      'questions[0].followUps[0].rubric[0].id: duplicate rubric item id "x" (also at questions[0].sections[0].rubric[0].id)',
      'questions[1].rubric[1].id: duplicate rubric item id "r" (also at questions[1].rubric[0].id)',
    ]);
  });

  it("the same id in different questions or scopes is fine", () => {
    const a = choiceQuestion("a", {
      options: [
        { id: "x", text: "A", correct: true, explanation: "." },
        { id: "y", text: "B", correct: false, explanation: "." },
      ],
    });
    const b = choiceQuestion("b", {
      options: [
        { id: "x", text: "A", correct: true, explanation: "." },
        { id: "y", text: "B", correct: false, explanation: "." },
      ],
    });
    const d = designQuestion("x", {
      sections: [{ id: "same", title: "A", rubric: [rubricItem("same")] }],
      followUps: [{ id: "same", question: "?" }],
    });
    expect(parsePack(validPack([a, b, d])).ok).toBe(true);
  });
});
