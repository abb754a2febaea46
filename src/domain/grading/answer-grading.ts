/**
 * Graders for answers that need no engine: choice and numeric questions (and an incident's choice
 * and numeric steps, which have the same fields). Each returns the one GradeResult shape, with one
 * case per option (choice) or one case (numeric).
 */
import type { ChoiceQuestion, NumericQuestion } from "../packs";
import { errorResult, summarise, type CaseResult, type GradeResult } from "./result";

/** What each option's verdict says, by question type, whether it is correct and whether it was chosen. */
const OPTION_FEEDBACK = {
  single: {
    correctChosen: "Correct: your answer.",
    wrongChosen: "Your answer, and it is not correct.",
    correctMissed: "The correct answer.",
    wrongMissed: "Not correct.",
  },
  multiple: {
    correctChosen: "Correct, and you selected it.",
    wrongChosen: "Not correct, but you selected it.",
    correctMissed: "Correct, but you did not select it.",
    wrongMissed: "Not correct, and rightly left out.",
  },
} as const;

/** The feedback sentence for one option (see OPTION_FEEDBACK). */
export function optionFeedback(multiple: boolean, correct: boolean, chosen: boolean): string {
  const f = OPTION_FEEDBACK[multiple ? "multiple" : "single"];
  return correct ? (chosen ? f.correctChosen : f.correctMissed) : chosen ? f.wrongChosen : f.wrongMissed;
}

/**
 * Grade a choice question. Every option is one case: it passes when it was selected exactly if it
 * is correct, and its message says so in one clear sentence (`optionFeedback`). Single-answer
 * questions score 1 or 0; multiple-answer questions score the share of options judged right, and
 * pass only when all are.
 */
export function gradeChoice(
  q: Pick<ChoiceQuestion, "options" | "multiple">,
  selected: readonly string[],
): GradeResult {
  if (selected.length === 0) {
    return errorResult({ kind: "NoAnswer", message: "Choose an option first." }, 0);
  }
  const unknown = selected.filter((id) => !q.options.some((o) => o.id === id));
  if (unknown.length) {
    return errorResult({ kind: "InvalidAnswer", message: `Unknown option: ${unknown.join(", ")}` }, 0);
  }
  const cases: CaseResult[] = q.options.map((o) => {
    const chosen = selected.includes(o.id);
    return {
      id: o.id,
      description: o.text,
      status: chosen === o.correct ? "pass" : "fail",
      message: optionFeedback(!!q.multiple, o.correct, chosen),
      expected: o.correct ? "selected" : "not selected",
      actual: chosen ? "selected" : "not selected",
    };
  });
  const result = summarise(cases, 0);
  if (!q.multiple) result.score = result.status === "pass" ? 1 : 0;
  return result;
}

/** True when `value` is within the question's tolerance of its answer (exact when none is set). */
export function numericMatches(q: Pick<NumericQuestion, "answer" | "tolerance">, value: number): boolean {
  const diff = Math.abs(value - q.answer);
  const { abs, rel } = q.tolerance;
  if (abs === undefined && rel === undefined) return diff <= 1e-9 * Math.max(1, Math.abs(q.answer));
  return (
    (abs !== undefined && diff <= abs + 1e-12) ||
    (rel !== undefined && diff <= rel * Math.abs(q.answer) + 1e-12)
  );
}

/**
 * Parse what a user typed as a number: accepts `0.25`, `-3`, `1e-3`, `25%` (as 0.25 only when the
 * question's unit is not "%"), thousands separators `1,000`, and surrounding spaces.
 */
export function parseNumericAnswer(text: string, unit?: string): number | null {
  let t = text.trim().replace(/(\d),(?=\d{3}\b)/g, "$1");
  let scale = 1;
  if (t.endsWith("%")) {
    t = t.slice(0, -1).trim();
    if (unit !== "%") scale = 0.01;
  }
  if (unit && unit !== "%" && t.toLowerCase().endsWith(unit.toLowerCase()))
    t = t.slice(0, -unit.length).trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return null;
  return Number(t) * scale;
}

/** Grade a numeric answer typed as text. */
export function gradeNumeric(
  q: Pick<NumericQuestion, "answer" | "tolerance" | "unit">,
  text: string,
): GradeResult {
  const value = parseNumericAnswer(text, q.unit);
  if (value === null) {
    return errorResult(
      { kind: "InvalidAnswer", message: `“${text.trim() || "(empty)"}” is not a number.` },
      0,
    );
  }
  const pass = numericMatches(q, value);
  const tol = [
    q.tolerance.abs !== undefined ? `±${q.tolerance.abs}` : "",
    q.tolerance.rel !== undefined ? `±${q.tolerance.rel * 100}%` : "",
  ]
    .filter(Boolean)
    .join(" or ");
  return summarise(
    [
      {
        id: "answer",
        status: pass ? "pass" : "fail",
        message: pass
          ? "Within tolerance."
          : `Off by ${Math.abs(value - q.answer).toPrecision(3)}${tol ? ` (tolerance ${tol})` : ""}.`,
        expected: `${q.answer}${q.unit ? ` ${q.unit}` : ""}`,
        actual: `${value}${q.unit ? ` ${q.unit}` : ""}`,
      },
    ],
    0,
  );
}
