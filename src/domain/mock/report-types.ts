/**
 * The mock report as plain JSON (saved in history, exported as JSON as is). Scores are in
 * [0, 1]; times in ms. `REPORT_VERSION` is bumped when the shape changes.
 */
import type { HireSignal } from "../grading/rubric";
import type { AnswerView } from "../practice/answer-view";
import type { Category, Difficulty, QuestionKind } from "../packs";
import type { FinishReason, MockMode } from "./session-types";

export const REPORT_VERSION = 1;

export type QuestionOutcome = "pass" | "fail" | "error" | "pending" | "unanswered";

export interface ReportRubricItem {
  id: string;
  description?: string;
  points: number;
  maxPoints: number;
  passed: boolean;
}

/** A choice option as the candidate saw it: its letter in the shown order, and what was chosen. */
export interface ReportOption {
  id: string;
  letter: string;
  text: string;
  correct: boolean;
  chosen: boolean;
}

export interface ReportQuestion {
  key: string;
  title: string;
  sectionId: string;
  category: Category;
  kind: QuestionKind;
  difficulty: Difficulty;
  topics: string[];
  outcome: QuestionOutcome;
  score: number;
  timeUsedMs: number;
  /** The section's budget divided by its question count. */
  budgetMs: number;
  overBudget: boolean;
  submissions: number;
  autoSubmitted: boolean;
  /** Rubric breakdown (written and design answers) or step breakdown (incidents, one item per
   * step); empty for other kinds. */
  rubric: ReportRubricItem[];
  /** Choice questions: the options in the order shown during the mock, with the same letters
   * (absent in reports saved before options were shuffled). */
  options?: ReportOption[];
  /** Shown only now, after the mock. */
  explanation: string;
  solution: string;
  /** The candidate's final answer (code, chosen options, value or written parts); absent in
   * reports saved before answers were kept. */
  answer?: AnswerView;
}

export interface ReportSection {
  id: string;
  title: string;
  score: number;
  /** Sum of question scores / question count. */
  questionCount: number;
  budgetMs: number;
  usedMs: number;
}

export interface ReportCategory {
  category: Category;
  score: number;
  questionCount: number;
  /** Null when the category (or the loop) gave too little evidence; `signalNote` says why. */
  signal: HireSignal | null;
  signalNote?: string;
}

export interface ReportTopic {
  topic: string;
  score: number;
  questionCount: number;
}

/** One point of the "earlier mocks" chart (oldest first, this mock last). */
export interface ReportHistoryPoint {
  reportId: string;
  at: number;
  templateId: string;
  score: number;
}

export interface MockReport {
  version: typeof REPORT_VERSION;
  id: string;
  templateId: string;
  templateTitle: string;
  mode: MockMode;
  seed?: number;
  startedAt: number;
  finishedAt: number | null;
  finishReason: FinishReason | null;
  /** `signal` is null when the loop gave too little evidence for one (see hire-evidence.ts);
   * `signalNote` then says why. Reports saved before this rule always have a signal. */
  overall: {
    score: number;
    points: number;
    maxPoints: number;
    signal: HireSignal | null;
    signalNote?: string;
  };
  time: { usedMs: number; budgetMs: number };
  sections: ReportSection[];
  categories: ReportCategory[];
  questions: ReportQuestion[];
  topics: ReportTopic[];
  strengths: string[];
  weaknesses: string[];
  /** Weak topics to drill in one click (worst first). */
  drillTopics: string[];
  history: ReportHistoryPoint[];
  comparison: { previousScore: number | null; delta: number | null; bestPreviousScore: number | null };
}
