/**
 * Measures how honest rubric suggestions are: for each fixture answer (and for answers generated
 * from every rubric question of the bank: all signals pasted, the first signal of each item, the
 * revealed hints pasted, the prompt pasted), the share of rubric items the app would suggest.
 * Used by `tests/packs/rubric-honesty.test.ts` (asserts and prints) and `npm run bench` (prints).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  fieldSuggestions,
  rubricFields,
  shownTexts,
  type RubricField,
} from "../../../src/domain/grading/rubric-fields";
import type { DesignQuestion, Pack, WrittenQuestion } from "../../../src/domain/packs";
import { FIXTURE, type AnswerKind } from "./answers";

export type GeneratedKind = "all-signals" | "first-signal-per-item" | "hints-pasted" | "prompt-pasted";

export interface Row {
  question: string;
  type: string;
  answer: AnswerKind | GeneratedKind;
  suggested: number;
  items: number;
  /** Codes of the shape notes shown (e.g. "mostly-signals", "too-short"), over all fields. */
  flags: string[];
}

type RubricQuestion = WrittenQuestion | DesignQuestion;

/** Every written and design question of the built-in bank, by id. */
export function bankRubricQuestions(dir = resolve("questions")): Map<string, RubricQuestion> {
  const out = new Map<string, RubricQuestion>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    const pack = JSON.parse(readFileSync(join(dir, f), "utf8")) as Pack;
    for (const q of pack.questions) if (q.kind === "written" || q.kind === "design") out.set(q.id, q);
  }
  return out;
}

function measure(
  q: RubricQuestion,
  fields: readonly RubricField[],
  parts: Record<string, string>,
  hintsShown: number,
): Pick<Row, "suggested" | "items" | "flags"> {
  const s = fieldSuggestions(fields, parts, shownTexts(q, { hintsShown, followUps: false }));
  return {
    suggested: [...s.items.values()].filter((x) => x.evidence !== null).length,
    items: s.items.size,
    flags: [...new Set([...s.fields.values()].flatMap((f) => f.flags.map((x) => x.code)))].filter(
      (c) => c !== "empty",
    ),
  };
}

/** The fixture's rows: four answers per fixture question, no hints revealed. */
export function fixtureRows(bank = bankRubricQuestions()): Row[] {
  return FIXTURE.flatMap((fq) => {
    const q = bank.get(fq.questionId);
    if (!q) throw new Error(`fixture question ${fq.questionId} is not in the bank`);
    const fields = rubricFields(q, false);
    return (Object.keys(fq.answers) as AnswerKind[]).map((answer) => ({
      question: fq.questionId,
      type: fq.type,
      answer,
      ...measure(q, fields, fq.answers[answer], 0),
    }));
  });
}

/** Generated adversarial answers for every rubric question of the bank. */
export function generatedRows(bank = bankRubricQuestions()): Row[] {
  return [...bank.values()].flatMap((q) => {
    const fields = rubricFields(q, false);
    const per = (f: (field: RubricField) => string) => Object.fromEntries(fields.map((x) => [x.id, f(x)]));
    const type = q.kind === "design" ? "design" : q.category === "debugging" ? "debugging" : "written";
    const row = (answer: GeneratedKind, parts: Record<string, string>, hints: number): Row => ({
      question: q.id,
      type,
      answer,
      ...measure(q, fields, parts, hints),
    });
    return [
      row(
        "all-signals",
        per((f) => f.rubric.flatMap((i) => i.signals).join(", ")),
        0,
      ),
      row(
        "first-signal-per-item",
        per((f) => f.rubric.map((i) => i.signals[0]).join(" ")),
        0,
      ),
      row(
        "hints-pasted",
        per(() => q.hints.join("\n\n")),
        q.hints.length,
      ),
      row(
        "prompt-pasted",
        per(() => q.prompt),
        0,
      ),
    ];
  });
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Mean share of items suggested per answer kind. */
export function meanShare(rows: readonly Row[], answer: Row["answer"]): number {
  const mine = rows.filter((r) => r.answer === answer);
  return mine.length ? mine.reduce((a, r) => a + r.suggested / r.items, 0) / mine.length : 0;
}

/** The rows as a plain-text table, then the mean per answer kind. */
export function formatRows(rows: readonly Row[]): string {
  const w = Math.max(8, ...rows.map((r) => r.question.length));
  const lines = [
    `${"question".padEnd(w)}  ${"type".padEnd(9)}  ${"answer".padEnd(21)}  suggested  notes`,
    "-".repeat(w + 60),
    ...rows.map(
      (r) =>
        `${r.question.padEnd(w)}  ${r.type.padEnd(9)}  ${r.answer.padEnd(21)}  ${`${r.suggested}/${r.items}`.padStart(5)} ${pct(r.suggested / r.items).padStart(4)}  ${r.flags.join(", ")}`,
    ),
    "",
    "mean share of rubric items suggested:",
    ...[...new Set(rows.map((r) => r.answer))].map(
      (a) =>
        `  ${a.padEnd(21)} ${pct(meanShare(rows, a)).padStart(4)}  (${rows.filter((r) => r.answer === a).length} answers)`,
    ),
  ];
  return lines.join("\n");
}
