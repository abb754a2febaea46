/**
 * Grading an incident: each step is graded by the grader of its kind (choice and numeric steps
 * here, the fix on the Python or SQL runner), then `gradeIncident` combines the step results into
 * the one GradeResult shape, one case per step with `points` / `maxPoints`, so mocks, drills,
 * progress and reports treat an incident like any other question.
 *
 * Partial credit: the score is the points earned over the points available. A diagnosis step
 * earns its points when right (a multiple-answer choice step earns its share of options judged
 * right, as a choice question does); the fix earns its points only when it passes every test,
 * hidden ones included, since a half-fixed pipeline is still broken (and the buggy starter itself
 * passes some tests). So a right diagnosis with a failing fix still earns the diagnosis points,
 * and a fix that works after a wrong diagnosis earns the fix points. The incident passes only
 * when every step does.
 */
import type { DiagnosisStep, FixStep, IncidentQuestion, IncidentStep } from "../packs";
import { gradeChoice, gradeNumeric } from "./answer-grading";
import {
  errorResult,
  isEngineFailure,
  summarise,
  type CaseResult,
  type GradeResult,
  type Status,
} from "./result";

/** What the candidate gave for one step: chosen option ids (choice) or text (a number, or the fix's code). */
export interface StepAnswer {
  choices?: string[];
  text?: string;
}

/** An incident's answers by step id. */
export type IncidentAnswers = Readonly<Record<string, StepAnswer | undefined>>;

/** `CaseResult.details` of a diagnosis step: the step grader's own result. */
export interface IncidentStepDetails {
  kind: "incident-step";
  result: GradeResult;
}

/** `CaseResult.details` of the fix step: the runner's result for the fix. */
export interface IncidentFixDetails {
  kind: "incident-fix";
  result: GradeResult;
}

/** Whether a step has an answer at all (a choice, a non-blank number or code). */
export function stepAnswered(step: IncidentStep, answer: StepAnswer | undefined): boolean {
  if (!answer) return false;
  return step.kind === "choice" ? (answer.choices?.length ?? 0) > 0 : (answer.text ?? "").trim() !== "";
}

/**
 * Grade one diagnosis step on its own (the choice or numeric grader). An invalid answer (no option,
 * not a number) comes back as an `error` result with the reason, as from those graders.
 */
export function gradeDiagnosisStep(step: DiagnosisStep, answer: StepAnswer | undefined): GradeResult {
  return step.kind === "choice"
    ? gradeChoice(step, answer?.choices ?? [])
    : gradeNumeric(step, answer?.text ?? "");
}

const optionTexts = (step: Extract<DiagnosisStep, { kind: "choice" }>, ids: readonly string[]) =>
  step.options
    .filter((o) => ids.includes(o.id))
    .map((o) => o.text)
    .join("; ");

function diagnosisCase(step: DiagnosisStep, answer: StepAnswer | undefined): CaseResult {
  const base = { id: step.id, description: step.title, maxPoints: step.points };
  if (!stepAnswered(step, answer)) return { ...base, status: "fail", message: "Not answered.", points: 0 };
  const r = gradeDiagnosisStep(step, answer);
  const details: IncidentStepDetails = { kind: "incident-step", result: r };
  if (r.status === "error")
    return { ...base, status: "fail", message: r.error?.message ?? "Invalid answer.", points: 0, details };
  const correct = step.kind === "choice" ? step.options.filter((o) => o.correct).map((o) => o.id) : [];
  const shown =
    step.kind === "choice"
      ? { expected: optionTexts(step, correct), actual: optionTexts(step, answer?.choices ?? []) }
      : { expected: r.cases[0]?.expected, actual: r.cases[0]?.actual };
  const message =
    r.status === "pass" ? undefined : step.kind === "numeric" ? r.cases[0]?.message : "Not right.";
  return {
    ...base,
    ...shown,
    status: r.status,
    ...(message ? { message } : {}),
    points: step.points * r.score,
    details,
  };
}

function fixCase(step: FixStep, fix: GradeResult | null): CaseResult {
  const base = { id: step.id, description: step.title, maxPoints: step.points };
  if (!fix) return { ...base, status: "fail", message: "No fix submitted.", points: 0 };
  const details: IncidentFixDetails = { kind: "incident-fix", result: fix };
  const counted = fix.cases.filter((c) => c.status !== "skipped");
  const total = counted.length;
  const failed = counted.filter((c) => c.status !== "pass").length;
  let status: Status = fix.status;
  let message: string;
  if (fix.status === "pass") message = `All ${total} tests passed.`;
  else if (fix.status === "fail") message = `${failed} of ${total} tests failed.`;
  else {
    message = fix.error ? `${fix.error.kind}: ${fix.error.message}` : "The fix could not be run.";
    status = "error";
  }
  return { ...base, status, message, points: fix.status === "pass" ? step.points : 0, details };
}

/**
 * Combine an incident's step results: `answers` by step id (each diagnosis step graded here) and
 * `fix`, the runner's Submit result for the fix step's code (null when no fix was given: the step
 * scores 0). One case per step, in order. When the fix could not be graded because the engine
 * failed (see `isEngineFailure`), the whole result is that error: it is not a grade, and is graded
 * again later rather than scored.
 */
export function gradeIncident(
  q: Pick<IncidentQuestion, "steps">,
  answers: IncidentAnswers,
  fix: GradeResult | null,
): GradeResult {
  if (fix && isEngineFailure(fix)) return errorResult(fix.error!, fix.durationMs);
  const cases = q.steps.map((step) =>
    step.kind === "python" || step.kind === "sql"
      ? fixCase(step, fix)
      : diagnosisCase(step, answers[step.id]),
  );
  return summarise(cases, fix?.durationMs ?? 0);
}
