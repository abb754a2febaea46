/**
 * The answer fields of a written or design question and their rubrics: one "answer" field for a
 * written question; one field per design section, plus one per interviewer follow-up once those
 * are revealed. Practice and mock interviews store answers under these field ids and grade them
 * the same way.
 */
import type { DesignQuestion, RubricItem, WrittenQuestion } from "../packs";
import type { AnswerFlag } from "./answer-shape";
import { prepareText } from "./phrase-match";
import type { GradeResult } from "./result";
import { gradeRubric, suggestItems, type RubricSuggestion } from "./rubric";

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

/**
 * Everything the user was shown while answering `q`: title, prompt, design section titles and
 * prompts, the follow-up questions when revealed, and the first `hintsShown` hints. A signal found
 * here is an echo of the question, not evidence.
 */
export function shownTexts(
  q: WrittenQuestion | DesignQuestion,
  opts: { hintsShown: number; followUps: boolean },
): string[] {
  const design =
    q.kind === "design"
      ? [
          ...q.sections.flatMap((s) => [s.title, s.prompt ?? ""]),
          ...(opts.followUps ? q.followUps.map((f) => f.question) : []),
        ]
      : [];
  return [q.title, q.prompt, ...design, ...q.hints.slice(0, Math.max(0, opts.hintsShown))].filter(Boolean);
}

/** Below this many words a written answer is flagged as very short; a design section or follow-up below the second. */
export const MIN_WORDS = { answer: 20, part: 8 } as const;

export interface FieldCheck {
  words: number;
  flags: AnswerFlag[];
  /** True when the field's answer gets no suggestions because of its shape. */
  refused: boolean;
}

export interface FieldSuggestions {
  /** Per rubric item id: the evidence found and the signals not counted. */
  items: Map<string, RubricSuggestion>;
  /** Per field id: the answer's shape notes. */
  fields: Map<string, FieldCheck>;
}

/**
 * Suggestions for every rubric item of `fields` from its field's answer in `parts`, ignoring
 * phrases in `shown` (see `shownTexts`). Keyword stuffing is measured against the signals of all
 * fields, so pasting every section's phrases into one section is caught too.
 */
export function fieldSuggestions(
  fields: readonly RubricField[],
  parts: Readonly<Record<string, string>>,
  shown: readonly string[] = [],
): FieldSuggestions {
  const preparedShown = shown.map(prepareText);
  const allSignals = fields.flatMap((f) => f.rubric.flatMap((i) => i.signals));
  const items = new Map<string, RubricSuggestion>();
  const checks = new Map<string, FieldCheck>();
  for (const f of fields) {
    const r = suggestItems(f.rubric, parts[f.id] ?? "", {
      shown: preparedShown,
      allSignals,
      minWords: f.id === "answer" ? MIN_WORDS.answer : MIN_WORDS.part,
    });
    for (const s of r.items) items.set(s.itemId, s);
    checks.set(f.id, { words: r.words, flags: r.flags, refused: r.refused });
  }
  return { items, fields: checks };
}

/** The initial ticks of a self-assessment: none, unless the user chose to pre-tick suggested items. */
export function initialTicks(suggestions: FieldSuggestions, preTick: boolean): Record<string, boolean> {
  return Object.fromEntries([...suggestions.items].map(([id, s]) => [id, preTick && s.evidence !== null]));
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

/** The model answer of `q` in parts: the answer itself, then each revealed follow-up's (design). */
export function modelAnswerParts(
  q: WrittenQuestion | DesignQuestion,
  withFollowUps: boolean,
): { title?: string; markdown: string }[] {
  const followUps =
    q.kind === "design" && withFollowUps
      ? q.followUps.flatMap((f, i) =>
          f.modelAnswer ? [{ title: `Follow-up ${i + 1}: ${f.question}`, markdown: f.modelAnswer }] : [],
        )
      : [];
  return [{ markdown: q.modelAnswer }, ...followUps];
}
