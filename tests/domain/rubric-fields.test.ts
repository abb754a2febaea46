import { describe, expect, it } from "vitest";
import { fieldSuggestions, gradeRubricFields, rubricFields } from "../../src/domain/grading/rubric-fields";
import type { DesignQuestion, WrittenQuestion } from "../../src/domain/packs";
import { q } from "./mock/mock-factories";

describe("rubric fields", () => {
  it("gives a written question one field, and a design question its sections then its follow-ups", () => {
    expect(rubricFields(q("w", { kind: "written" }) as WrittenQuestion, true).map((f) => f.id)).toEqual([
      "answer",
    ]);
    const d = q("d", { kind: "design", category: "system-design" }) as DesignQuestion;
    expect(rubricFields(d, false).map((f) => f.id)).toEqual(["arch"]);
    const all = rubricFields(d, true);
    expect(all.map((f) => [f.id, f.label, f.hint])).toEqual([
      ["arch", "Architecture", undefined],
      ["follow-up-scale", "Follow-up 1", "How does it scale?"],
      ["follow-up-drift", "Follow-up 2", "Drift?"],
    ]);
  });

  it("suggests ticks per field from whole-word signals and grades the confirmed ticks", () => {
    const fields = rubricFields(q("w", { kind: "written" }) as WrittenQuestion, false);
    const s = fieldSuggestions(fields, { answer: "Only one thing matters; someone else said twofold." });
    expect([...s]).toEqual([
      ["r1", "one"],
      ["r2", null],
    ]);
    const r = gradeRubricFields(fields, { r1: true, r2: false });
    expect(r.score).toBeCloseTo(2 / 3);
    expect(r.cases.map((c) => [c.id, c.status, c.points])).toEqual([
      ["r1", "pass", 2],
      ["r2", "fail", 0],
    ]);
    expect(r.cases[0]?.details).toEqual({ group: "Your answer" });
  });
});
