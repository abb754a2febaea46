/**
 * Rubric grading for written and design answers. The score comes from the user's own ticks only;
 * signal phrases merely suggest which items an answer seems to cover, as evidence ("found: …",
 * quoting the answer), never as ticks. A suggestion ignores phrases the user was shown (the
 * prompt, revealed hints), phrases that read as negated ("no leakage", "skip the canary"), and
 * every phrase of an answer that is mostly signal phrases or a bare list of terms.
 */
import type { RubricItem } from "../packs";
import { answerShape, DEFAULT_MIN_WORDS, type AnswerFlag } from "./answer-shape";
import { containsPhrase, findOccurrences, prepareText, type PreparedText } from "./phrase-match";
import { summarise, type CaseResult, type GradeResult } from "./result";

export { containsPhrase, findPhrase, findOccurrences, prepareText, stem } from "./phrase-match";
export type { PhraseOccurrence, PreparedText } from "./phrase-match";
export { answerShape, type AnswerFlag, type AnswerFlagCode, type AnswerShape } from "./answer-shape";

/** A signal phrase found in the answer, and the answer's own wording of it. */
export interface Evidence {
  signal: string;
  text: string;
}

/** A signal found in the answer that does not count, and why. */
export interface SkippedSignal {
  signal: string;
  /** "shown": it occurs in the prompt or a revealed hint; "negated": the answer negates it. */
  reason: "shown" | "negated";
  text: string;
}

export interface RubricSuggestion {
  itemId: string;
  /** The first signal that counts as evidence, or null (none found, or the answer was refused). */
  evidence: Evidence | null;
  /** Signals found in the answer that were not counted. */
  skipped: SkippedSignal[];
}

export interface RubricSuggestions {
  items: RubricSuggestion[];
  /** Notes on the answer's shape (empty, very short, keyword stuffing, a list of terms). */
  flags: AnswerFlag[];
  /** True when no item is suggested because of the answer's shape (see `flags`). */
  refused: boolean;
  /** Words in the answer. */
  words: number;
}

export interface SuggestOptions {
  /** What the user was shown (prompt, section prompts, revealed hints): phrases found there never count. */
  shown?: readonly (string | PreparedText)[];
  /** Every signal of the whole question (all fields), to measure keyword stuffing; default: the items'. */
  allSignals?: readonly string[];
  /** Below this many words the answer is flagged as very short. */
  minWords?: number;
}

/**
 * Which of `items` the answer seems to cover, with the evidence found (see the module comment).
 * Pure; an answer can be prepared once with `prepareText` and passed for speed.
 */
export function suggestItems(
  items: readonly RubricItem[],
  answer: string | PreparedText,
  opts: SuggestOptions = {},
): RubricSuggestions {
  const text = typeof answer === "string" ? prepareText(answer) : answer;
  const shown = (opts.shown ?? []).map((s) => (typeof s === "string" ? prepareText(s) : s));
  const shape = answerShape(
    text,
    opts.allSignals ?? items.flatMap((i) => i.signals),
    opts.minWords ?? DEFAULT_MIN_WORDS,
  );
  const suggestions = items.map((item): RubricSuggestion => {
    let evidence: Evidence | null = null;
    const skipped: SkippedSignal[] = [];
    for (const signal of item.signals) {
      const found = findOccurrences(text, signal);
      if (!found.length) continue;
      if (shown.some((s) => containsPhrase(s, signal))) {
        skipped.push({ signal, reason: "shown", text: found[0]!.text });
        continue;
      }
      const affirmed = found.find((o) => !o.negated);
      if (!affirmed) skipped.push({ signal, reason: "negated", text: found[0]!.context });
      else evidence ??= { signal, text: affirmed.text };
    }
    return { itemId: item.id, evidence: shape.refuse ? null : evidence, skipped };
  });
  return { items: suggestions, flags: shape.flags, refused: shape.refuse, words: shape.words };
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
