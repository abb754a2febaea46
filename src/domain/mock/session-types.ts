/**
 * The mock session as plain, JSON-serialisable data, and the events its transitions emit. A
 * session is saved after every transition and restored as is after a reload: all timing is
 * derived from wall-clock timestamps stored here, never from a running timer.
 */
import type { GradeResult } from "../grading/result";
import type { Category, QuestionKind } from "../packs";
import type { LoopTemplate } from "./templates";

export type MockMode = "strict" | "practice";
export type FinishReason = "time-up" | "finished-early";
export const SESSION_VERSION = 1;

/** An answer as the user left it. `parts` holds design sections and follow-ups by id; `steps`
 * an incident's step answers by step id (chosen options, or text: a number or the fix's code). */
export interface MockAnswer {
  text?: string;
  choices?: string[];
  parts?: Record<string, string>;
  steps?: Record<string, { choices?: string[]; text?: string }>;
}

/** One submission of one question; `result` arrives later, exactly once. */
export interface MockSubmission {
  id: string;
  questionKey: string;
  answer: MockAnswer;
  /** Wall-clock ms of the submission. */
  at: number;
  /** Active (unpaused) ms since the mock started. */
  activeMs: number;
  /** True when submitted by the time-out, an early finish or leaving the section. */
  auto: boolean;
  result?: GradeResult;
}

export interface MockQuestionState {
  key: string;
  packId: string;
  questionId: string;
  sectionId: string;
  kind: QuestionKind;
  category: Category;
  /** Ids of the interviewer's follow-ups (design questions), revealed after a first submission. */
  followUpIds: string[];
  followUpsRevealed: boolean;
  draft: MockAnswer;
  submissionIds: string[];
  /** Active ms the question was the focused one. */
  timeSpentMs: number;
  /** Hints shown (practice mode only; absent in sessions saved before hints existed). */
  hintsUsed?: number;
  /** Choice questions: the seed of the option order shown (see `shownOptions`); absent in
   * sessions saved before options were shuffled, which keep the file's order. */
  optionSeed?: number;
}

export interface MockSectionState {
  id: string;
  title: string;
  budgetMs: number;
  questionKeys: string[];
  /** Active ms at which the section started / ended (undefined until then). */
  startedActiveMs?: number;
  endedActiveMs?: number;
  endReason?: "time-up" | "advanced" | "finished-early";
}

export interface MockState {
  version: typeof SESSION_VERSION;
  id: string;
  template: LoopTemplate;
  seed?: number;
  mode: MockMode;
  /** Wall-clock ms when the mock started. */
  startedAt: number;
  /** Latest wall-clock ms seen (guards against a clock going backwards). */
  lastNow: number;
  /** Wall-clock ms when the current pause began, or null. */
  pausedAt: number | null;
  /** Total ms of completed pauses. */
  pausedMs: number;
  /** Index of the current section in `sections`. */
  current: number;
  focused: string | null;
  focusSinceActiveMs: number;
  sections: MockSectionState[];
  questions: Record<string, MockQuestionState>;
  submissions: Record<string, MockSubmission>;
  /** Ids of the warnings already emitted, e.g. `loop:5`, `section:sql:1`. */
  warnings: string[];
  finishedAt: number | null;
  finishedActiveMs: number | null;
  finishReason: FinishReason | null;
}

/** An answer submitted automatically, as it stood. */
export interface AutoSubmission {
  questionKey: string;
  submissionId: string;
}

export type MockEvent =
  | { type: "warning"; scope: "loop" | "section"; sectionId: string; minutesLeft: 5 | 1; remainingMs: number }
  | { type: "submitted"; questionKey: string; submissionId: string; auto: boolean }
  | { type: "follow-ups-revealed"; questionKey: string; followUpIds: string[] }
  | {
      type: "section-ended";
      sectionId: string;
      reason: "time-up" | "advanced" | "finished-early";
      autoSubmitted: AutoSubmission[];
    }
  | { type: "section-started"; sectionId: string }
  | { type: "paused" }
  | { type: "resumed"; pausedMs: number }
  | {
      type: "finished";
      reason: FinishReason;
      /** Every answer submitted automatically while finishing (all sections). */
      autoSubmitted: AutoSubmission[];
      /** Questions with nothing written and never submitted: scored as unanswered. */
      unanswered: string[];
    };

/** The outcome of a transition. `refused` says why nothing happened (state unchanged). */
export interface MockStep {
  state: MockState;
  events: MockEvent[];
  refused?: string;
  /** True when the transition repeated one already applied (e.g. the same submission id). */
  duplicate?: boolean;
}
