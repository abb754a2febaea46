/**
 * Scoring, exactly once. Grading happens outside the domain (Python/SQL runners, answer graders,
 * rubric ticks); its result is attached to the submission it grades, keyed by submission id.
 * A question's score is the result of its latest submission, so nothing is ever counted twice:
 * not when a result is re-applied, nor when a reloaded session grades its pending submissions.
 */
import type { GradeResult } from "../grading/result";
import type { MockState, MockSubmission } from "./session-types";

export interface GradeStep {
  state: MockState;
  /** False when the submission already had a result (the first result stands) or is unknown. */
  applied: boolean;
  refused?: string;
}

/**
 * Attach `result` to submission `submissionId`. Allowed after the finish (grading is
 * asynchronous). Re-applying a result to a graded submission changes nothing.
 */
export function applyGrade(state: MockState, submissionId: string, result: GradeResult): GradeStep {
  const sub = state.submissions[submissionId];
  if (!sub) return { state, applied: false, refused: `No submission ${submissionId} in this mock.` };
  if (sub.result) return { state, applied: false };
  return {
    state: {
      ...state,
      submissions: { ...state.submissions, [submissionId]: { ...sub, result: structuredClone(result) } },
    },
    applied: true,
  };
}

/**
 * The submissions still to grade: the latest submission of each question when it has no result
 * yet (older ones are superseded). After a reload, grade exactly these.
 */
export function pendingSubmissions(state: MockState): MockSubmission[] {
  const out: MockSubmission[] = [];
  for (const q of Object.values(state.questions)) {
    const id = q.submissionIds.at(-1);
    const sub = id ? state.submissions[id] : undefined;
    if (sub && !sub.result) out.push(sub);
  }
  return out;
}

/** Each question's result (that of its latest submission), keyed by question key; absent = none. */
export function questionResults(state: MockState): Record<string, GradeResult> {
  const out: Record<string, GradeResult> = {};
  for (const q of Object.values(state.questions)) {
    const id = q.submissionIds.at(-1);
    const result = id ? state.submissions[id]?.result : undefined;
    if (result) out[q.key] = result;
  }
  return out;
}

/** Total score so far: one point per question at most, with counts of graded and pending ones. */
export function sessionScore(state: MockState): {
  score: number;
  max: number;
  graded: number;
  pending: number;
} {
  const results = questionResults(state);
  const graded = Object.keys(results).length;
  return {
    score: Object.values(results).reduce((sum, r) => sum + r.score, 0),
    max: Object.keys(state.questions).length,
    graded,
    pending: pendingSubmissions(state).length,
  };
}
