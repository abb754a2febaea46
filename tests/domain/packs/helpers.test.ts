import { describe, expect, it } from "vitest";
import {
  diffPacks,
  packStats,
  parsePack,
  parseQuestionKey,
  questionKey,
  selectQuestions,
  type Pack,
} from "../../../src/domain/packs";
import { choiceQuestion, designQuestion, numericQuestion, pythonQuestion, validPack } from "./pack-factories";

function pack(raw: Record<string, unknown>): Pack {
  const r = parsePack(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
}

describe("questionKey", () => {
  it("joins pack and question ids reversibly", () => {
    expect(questionKey("core-ml", "f1-score")).toBe("core-ml/f1-score");
    expect(parseQuestionKey("core-ml/f1-score")).toEqual({ packId: "core-ml", questionId: "f1-score" });
    expect(parseQuestionKey("no-slash")).toBeUndefined();
    expect(parseQuestionKey("/x")).toBeUndefined();
  });
});

describe("packStats", () => {
  it("counts by category, kind, difficulty and lane, with zeros for absent values", () => {
    const p = pack(
      validPack([
        pythonQuestion("a", { difficulty: "hard", lanes: ["infra", "applied"] }),
        choiceQuestion("b", { category: "debugging", estimatedMinutes: 2.5 }),
        choiceQuestion("c"),
        designQuestion("d", { difficulty: "medium", lanes: ["infra"] }),
      ]),
    );
    expect(packStats(p)).toEqual({
      questions: 4,
      byCategory: { coding: 1, "ml-fundamentals": 1, "system-design": 1, debugging: 1 },
      byKind: { python: 1, sql: 0, choice: 2, numeric: 0, written: 0, design: 1, incident: 0 },
      byDifficulty: { easy: 2, medium: 1, hard: 1 },
      byLane: { applied: 3, infra: 2, "data-centric": 0 },
      estimatedMinutes: 17.5,
    });
  });
});

describe("diffPacks", () => {
  it("lists added, changed (with fields), removed and unchanged question ids", () => {
    const before = pack(
      validPack([choiceQuestion("same"), choiceQuestion("edited"), numericQuestion("gone")]),
    );
    const after = pack(
      validPack(
        [
          choiceQuestion("new"),
          choiceQuestion("edited", { title: "Better title", hints: ["a", "b"] }),
          choiceQuestion("same"),
        ],
        { version: "1.1.0" },
      ),
    );
    expect(diffPacks(before, after)).toEqual({
      added: ["new"],
      removed: ["gone"],
      changed: ["edited"],
      changedFields: { edited: ["hints", "title"] },
      unchanged: ["same"],
      metadataChanged: ["version"],
    });
  });

  it("ignores key order and sees changes deep inside cases", () => {
    const q = pythonQuestion("p");
    const reordered = Object.fromEntries(Object.entries(q).reverse());
    expect(diffPacks(pack(validPack([q])), pack(validPack([reordered]))).unchanged).toEqual(["p"]);
    const edited = pythonQuestion("p", {
      cases: [{ id: "small", description: "small numbers", args: [1, 2], expected: 4 }],
    });
    expect(diffPacks(pack(validPack([q])), pack(validPack([edited]))).changedFields).toEqual({
      p: ["cases"],
    });
  });
});

describe("selectQuestions", () => {
  it("builds a valid new pack from the chosen questions, in source order, as deep copies", () => {
    const source = pack(validPack([choiceQuestion("a"), choiceQuestion("b"), pythonQuestion("c")]));
    const sel = selectQuestions(source, ["c", "a"], { id: "my-picks", title: "My picks" });
    expect(sel.questions.map((q) => q.id)).toEqual(["a", "c"]);
    expect(sel).toMatchObject({
      schemaVersion: 1,
      id: "my-picks",
      title: "My picks",
      description: "Selected from Test pack.",
      version: "1.0.0",
      license: "MIT",
      authors: ["Tester"],
    });
    const reparsed = parsePack(JSON.stringify(sel));
    expect(reparsed.ok && reparsed.warnings).toEqual([]);
    sel.questions[0]!.title = "changed";
    expect(source.questions[0]!.title).toBe("Question a");
  });

  it("throws on an id that is not in the pack", () => {
    const source = pack(validPack([choiceQuestion("a")]));
    expect(() => selectQuestions(source, ["a", "zz"], { id: "x", title: "X" })).toThrow(
      "Pack test-pack has no question zz",
    );
  });
});
