import { describe, expect, it } from "vitest";
import { normalisePackText, questionTopics } from "../../scripts/lib/normalise-topics";

const pack = (questions: string) => `{
  "schemaVersion": 1,
  "id": "p",
  "questions": [${questions}]
}
`;

describe("normalisePackText", () => {
  it("rewrites only the topics arrays and keeps the rest of the text byte for byte", () => {
    const text = pack(`
    { "id": "a", "topics": ["leakage", "metrics"], "answer": 2.0, "tolerance": { "abs": 1e-6 } },
    { "id": "b", "topics": ["data leakage"], "expected": { "6": 2, "0": -1 } }`);
    const r = normalisePackText(text);
    expect(r.changes).toEqual([
      { questionId: "a", from: ["leakage", "metrics"], to: ["data leakage", "model evaluation"] },
    ]);
    expect(r.unknown).toEqual([]);
    expect(r.text).toBe(
      text.replace('"topics": ["leakage", "metrics"]', '"topics": ["data leakage","model evaluation"]'),
    );
    expect(r.text).toContain('"answer": 2.0, "tolerance": { "abs": 1e-6 }');
    expect(r.text).toContain('{ "6": 2, "0": -1 }');
  });

  it("reports tags it does not know and leaves them in place", () => {
    const r = normalisePackText(pack(`{ "id": "a", "topics": ["quantum annealing", "serving"] }`));
    expect(r.unknown).toEqual([{ questionId: "a", tag: "quantum annealing" }]);
    expect(r.changes[0]!.to).toEqual(["quantum annealing", "model serving"]);
  });

  it("applies per-question overrides before the shared synonyms", () => {
    expect(questionTopics("beam-search-next-token-table", ["llm", "search", "nlp"])).toEqual(["llm", "nlp"]);
    expect(questionTopics("some-search-design", ["search"])).toEqual(["search & ranking"]);
  });

  it("refuses text whose topics arrays do not line up with its questions", () => {
    const text = pack(`{ "id": "a", "topics": ["x"], "note": { "topics": ["y"] } }`);
    expect(() => normalisePackText(text)).toThrow(/topics/);
  });
});
