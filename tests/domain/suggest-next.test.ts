import { describe, expect, it } from "vitest";
import { suggestToday } from "../../src/domain/practice/suggest-next";
import type { Pack } from "../../src/domain/packs";
import { numericQuestion } from "./packs/pack-factories";

const q = (id: string, category: string, difficulty = "easy") =>
  numericQuestion(id, { category, difficulty }) as never;
const pack = {
  id: "p",
  questions: [q("a", "coding"), q("b", "coding"), q("c", "debugging", "hard"), q("d", "debugging")],
} as unknown as Pack;

describe("suggestToday", () => {
  it("suggests an easy new question from the least-solved category when there is no history", () => {
    const s = suggestToday([pack], []);
    expect(s.resume).toBeUndefined();
    expect(s.next?.question.id).toBe("a");
  });
  it("resumes the most recent unsolved attempt and moves to the weaker category", () => {
    const s = suggestToday(
      [pack],
      [
        { questionKey: "p/a", at: 1, score: 1 },
        { questionKey: "p/b", at: 5, score: 0.5 },
        { questionKey: "p/d", at: 3, score: 0 },
      ],
    );
    expect(s.resume?.question.id).toBe("b");
    // coding 1/2 solved, debugging 0/2: the only new question left is a hard debugging one
    expect(s.next?.question.id).toBe("c");
  });
});
