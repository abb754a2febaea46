import { describe, expect, it } from "vitest";
import {
  fieldSuggestions,
  gradeRubricFields,
  initialTicks,
  rubricFields,
  shownTexts,
} from "../../../src/domain/grading/rubric-fields";
import type { DesignQuestion, WrittenQuestion } from "../../../src/domain/packs";
import { q } from "../mock/mock-factories";

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

  it("suggests items per field as evidence, starts unticked, and grades the confirmed ticks", () => {
    const fields = rubricFields(q("w", { kind: "written" }) as WrittenQuestion, false);
    const s = fieldSuggestions(fields, { answer: "Only one thing matters here; someone else said twofold." });
    expect([...s.items].map(([id, x]) => [id, x.evidence])).toEqual([
      ["r1", { signal: "one", text: "one" }],
      ["r2", null],
    ]);
    expect(s.fields.get("answer")?.flags.map((f) => f.code)).toEqual(["too-short"]);
    expect(initialTicks(s, false)).toEqual({ r1: false, r2: false });
    expect(initialTicks(s, true)).toEqual({ r1: true, r2: false });
    const r = gradeRubricFields(fields, { r1: true, r2: false });
    expect(r.score).toBeCloseTo(2 / 3);
    expect(r.cases.map((c) => [c.id, c.status, c.points])).toEqual([
      ["r1", "pass", 2],
      ["r2", "fail", 0],
    ]);
    expect(r.cases[0]?.details).toEqual({ group: "Your answer" });
  });

  it("lists what the user was shown: title, prompt, sections, revealed follow-ups and hints", () => {
    const d = {
      ...(q("d", { kind: "design", category: "system-design" }) as DesignQuestion),
      hints: ["first hint", "second hint"],
    };
    expect(shownTexts(d, { hintsShown: 1, followUps: false })).toEqual([
      "Q d",
      "Answer.",
      "Architecture",
      "first hint",
    ]);
    expect(shownTexts(d, { hintsShown: 2, followUps: true })).toEqual([
      "Q d",
      "Answer.",
      "Architecture",
      "How does it scale?",
      "Drift?",
      "first hint",
      "second hint",
    ]);
  });

  it("ignores a phrase the user was shown and measures stuffing across every field", () => {
    const d = q("d", { kind: "design", category: "system-design" }) as DesignQuestion;
    const fields = rubricFields(d, true);
    const ids = fields.flatMap((f) => f.rubric.map((i) => [f.id, i.id, i.signals] as const));
    const [field, itemId, signals] = ids[0]!;
    const answer = `We would rely on ${signals[0]} here, as explained in the design notes above, for the users.`;
    expect(fieldSuggestions(fields, { [field]: answer }).items.get(itemId)?.evidence).not.toBeNull();
    expect(
      fieldSuggestions(fields, { [field]: answer }, [`Think about ${signals[0]}.`]).items.get(itemId)
        ?.evidence,
    ).toBeNull();
    const stuffed = ids.flatMap(([, , s]) => s).join(" ");
    expect(fieldSuggestions(fields, { [field]: stuffed }).fields.get(field)?.refused).toBe(true);
  });
});
