import { describe, expect, it } from "vitest";
import { existingQuestions, parsePack, withoutQuestions, type Pack } from "../../../src/domain/packs";
import { choiceQuestion, validPack } from "./pack-factories";

function pack(id: string, title: string, questions: Record<string, unknown>[]): Pack {
  const r = parsePack(validPack(questions, { id, title }));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
}

const builtIn = pack("ml-fundamentals", "ML fundamentals", [
  choiceQuestion("a", { title: "Question A" }),
  choiceQuestion("b", { title: "Question B" }),
]);
const other = pack("mine", "My pack", [choiceQuestion("b", { title: "Question B" })]);

describe("existingQuestions", () => {
  it("says which questions of an imported selection are already in which packs", () => {
    const selection = pack("my-selection", "My selection", [
      choiceQuestion("a", { title: "Question A" }),
      choiceQuestion("b", { title: "Question B" }),
      choiceQuestion("new-one", { title: "New" }),
    ]);
    expect(existingQuestions(selection, [builtIn, other])).toEqual([
      {
        questionId: "a",
        title: "Question A",
        inPacks: [{ id: "ml-fundamentals", title: "ML fundamentals" }],
      },
      {
        questionId: "b",
        title: "Question B",
        inPacks: [
          { id: "ml-fundamentals", title: "ML fundamentals" },
          { id: "mine", title: "My pack" },
        ],
      },
    ]);
  });

  it("ignores the pack an import would replace, and a reused id for a different question", () => {
    const update = pack("mine", "My pack v2", [choiceQuestion("b", { title: "Question B" })]);
    expect(existingQuestions(update, [other])).toEqual([]);
    const reused = pack("x", "X", [
      choiceQuestion("a", { title: "Something else", prompt: "Other prompt." }),
    ]);
    expect(existingQuestions(reused, [builtIn])).toEqual([]);
  });

  it("leaves chosen questions out, never emptying the pack", () => {
    const selection = pack("s", "S", [choiceQuestion("a"), choiceQuestion("z")]);
    expect(withoutQuestions(selection, new Set(["a"]))?.questions.map((q) => q.id)).toEqual(["z"]);
    expect(withoutQuestions(selection, new Set(["a", "z"]))).toBeNull();
  });
});
