/**
 * When a mock gives enough evidence for a hire signal. A real interviewer writes a signal after a
 * round of 45–60 minutes with several substantial questions, so the report gives one only for a
 * loop of at least `minQuestions` questions and `minMinutes` minutes in which at least half the
 * questions are medium or hard; and a category its own signal only when, in such a loop, it had
 * at least two questions or `categoryMinMinutes` minutes. The signal is derived from the same
 * scores the report shows (`hireSignal`); without enough evidence there is none, and the report
 * says why.
 */
import type { Difficulty } from "../packs";

export const HIRE_EVIDENCE = {
  minQuestions: 4,
  minMinutes: 45,
  /** Share of questions that must be medium or hard. */
  minSubstantialShare: 0.5,
  categoryMinQuestions: 2,
  categoryMinMinutes: 30,
} as const;

export interface EvidenceQuestion {
  difficulty: Difficulty;
  /** The question's share of its section's time budget. */
  budgetMs: number;
}

const minutes = (ms: number) => Math.round(ms / 60_000);
const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

/**
 * Why the loop made of `questions` (with a total time budget of `budgetMs`) is too little to give
 * a hire signal, or null when it is enough.
 */
export function loopEvidenceGap(questions: readonly EvidenceQuestion[], budgetMs: number): string | null {
  const E = HIRE_EVIDENCE;
  const substantial = questions.filter((q) => q.difficulty !== "easy").length;
  const gaps: string[] = [];
  if (questions.length < E.minQuestions)
    gaps.push(`${plural(questions.length, "question")} (at least ${E.minQuestions})`);
  if (minutes(budgetMs) < E.minMinutes) gaps.push(`${minutes(budgetMs)} minutes (at least ${E.minMinutes})`);
  if (questions.length && substantial / questions.length < E.minSubstantialShare)
    gaps.push(`${substantial} of ${questions.length} medium or hard (at least half)`);
  return gaps.length
    ? `No hire signal: too little evidence — this loop had ${gaps.join(", ")}. An interviewer judges a longer round of substantial questions.`
    : null;
}

/** Why one category of an adequate loop is too little for its own signal, or null when it is enough. */
export function categoryEvidenceGap(questions: readonly EvidenceQuestion[]): string | null {
  const E = HIRE_EVIDENCE;
  const ms = questions.reduce((a, q) => a + q.budgetMs, 0);
  if (questions.length >= E.categoryMinQuestions || minutes(ms) >= E.categoryMinMinutes) return null;
  return `Too little evidence: ${plural(questions.length, "question")}, ${minutes(ms)} minutes (at least ${E.categoryMinQuestions} questions or ${E.categoryMinMinutes} minutes).`;
}
