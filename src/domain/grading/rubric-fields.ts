/**
 * The answer fields of a written or design question and their rubrics: one "answer" field for a
 * written question; one field per design section, plus one per interviewer follow-up once those
 * are revealed. Practice and mock interviews store answers under these field ids and grade them
 * the same way.
 */
import type { DesignQuestion, RubricItem, WrittenQuestion } from "../packs";
import type { GradeResult } from "./result";
import { gradeRubric, suggestTicks } from "./rubric";

export interface RubricField {
  /** Key of the answer part: "answer", a design section id, or `follow-up-<id>`. */
  id: string;
  label: string;
  hint?: string;
  rubric: RubricItem[];
}

/** The fields of `q`; follow-ups are included only when `withFollowUps`. */
export function rubricFields(q: WrittenQuestion | DesignQuestion, withFollowUps: boolean): RubricField[] {
  if (q.kind === "written") return [{ id: "answer", label: "Your answer", rubric: q.rubric }];
  const sections: RubricField[] = q.sections.map((s) => ({
    id: s.id,
    label: s.title,
    hint: s.prompt,
    rubric: s.rubric,
  }));
  if (!withFollowUps) return sections;
  return [
    ...sections,
    ...q.followUps.map((f, i) => ({
      id: `follow-up-${f.id}`,
      label: `Follow-up ${i + 1}`,
      hint: f.question,
      rubric: f.rubric ?? [],
    })),
  ];
}

/** For each rubric item of `fields`, the signal phrase found in its field's answer (or null). */
export function fieldSuggestions(
  fields: readonly RubricField[],
  parts: Readonly<Record<string, string>>,
): Map<string, string | null> {
  return new Map(
    fields.flatMap((f) =>
      suggestTicks(f.rubric, parts[f.id] ?? "").map((s) => [s.itemId, s.matched] as const),
    ),
  );
}

/** Score the confirmed ticks over every field's rubric (cases grouped by field label). */
export function gradeRubricFields(
  fields: readonly RubricField[],
  ticks: Readonly<Record<string, boolean>>,
): GradeResult {
  const items = fields.flatMap((f) => f.rubric.map((item) => ({ item, field: f })));
  return gradeRubric(
    items.map((i) => i.item),
    ticks,
    { groupOf: (item) => items.find((i) => i.item.id === item.id)?.field.label ?? "" },
  );
}
