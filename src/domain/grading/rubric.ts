/**
 * Rubric grading for written and design answers. Signal phrases pre-tick the items an answer
 * seems to cover (showing the phrase that matched); the user confirms or changes every tick, and
 * the score is computed from the confirmed ticks only: an honest self-assessment, not a keyword game.
 */
import type { RubricItem } from "../packs";
import { summarise, type CaseResult, type GradeResult } from "./result";

export interface RubricSuggestion {
  itemId: string;
  /** The signal phrase found in the answer, or null when none was. */
  matched: string | null;
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‐-―]/g, "-")
    .replace(/[^\p{L}\p{N}%+\-/.]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether `phrase` occurs in `text` as whole words (case, punctuation and spacing ignored). */
export function containsPhrase(text: string, phrase: string): boolean {
  const p = normalise(phrase);
  if (!p) return false;
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(p)}([^\\p{L}\\p{N}]|$)`, "u");
  return re.test(normalise(text));
}

/** For each rubric item, the first of its signal phrases that the answer contains. */
export function suggestTicks(items: readonly RubricItem[], answer: string): RubricSuggestion[] {
  return items.map((item) => ({
    itemId: item.id,
    matched: item.signals.find((s) => containsPhrase(answer, s)) ?? null,
  }));
}

/** Score confirmed ticks: each ticked item earns its points. */
export function gradeRubric(
  items: readonly RubricItem[],
  ticks: Readonly<Record<string, boolean>>,
  opts: { groupOf?: (item: RubricItem) => string } = {},
): GradeResult {
  const cases: CaseResult[] = items.map((item) => {
    const ok = ticks[item.id] === true;
    return {
      id: item.id,
      description: item.description,
      status: ok ? "pass" : "fail",
      points: ok ? item.points : 0,
      maxPoints: item.points,
      details: opts.groupOf ? { group: opts.groupOf(item) } : undefined,
    };
  });
  return summarise(cases, 0);
}

export const HIRE_SIGNALS = ["strong no hire", "no hire", "lean hire", "hire", "strong hire"] as const;
export type HireSignal = (typeof HIRE_SIGNALS)[number];

/**
 * Map a score in [0, 1] to the hire signal an interviewer would write down. Thresholds: below
 * 0.35 strong no hire, below 0.55 no hire, below 0.70 lean hire, below 0.85 hire, else strong hire.
 */
export function hireSignal(score: number): HireSignal {
  if (score < 0.35) return "strong no hire";
  if (score < 0.55) return "no hire";
  if (score < 0.7) return "lean hire";
  if (score < 0.85) return "hire";
  return "strong hire";
}
