/**
 * Mock interviews as the screens use them: start one from a loop (seeded selection over the
 * enabled packs, favouring questions never attempted), grade a submission on the right grader,
 * and close a mock (report built once, saved, and its answers recorded as attempts once).
 * Every function takes `now`: only the UI reads the real clock.
 */
import { gradeChoice, gradeNumeric } from "../domain/grading/answer-grading";
import type { GradeResult } from "../domain/grading/result";
import {
  buildReport,
  createSession,
  questionResults,
  selectQuestions,
  type LoopTemplate,
  type MockAnswer,
  type MockMode,
  type MockReport,
  type MockState,
  type PoolQuestion,
  type Shortfall,
} from "../domain/mock";
import type { Pack, Question } from "../domain/packs";
import { questionKey } from "../domain/packs/question-key";
import { listMockReports, saveMock } from "./mock-repo";
import { listAllAttempts, recordAttempt, type Attempt } from "./progress-repo";
import { gradeCode, gradeIncidentAnswer } from "./use-engines";

/** Every question of `packs`, as the selection pool. */
export function mockPool(packs: readonly Pack[]): PoolQuestion[] {
  return packs.flatMap((p) => p.questions.map((question) => ({ packId: p.id, question })));
}

/** Questions of `packs` by question key, with their pack (for titles, versions, grading). */
export function questionIndex(packs: readonly Pack[]): Map<string, { pack: Pack; question: Question }> {
  return new Map(
    packs.flatMap((pack) => pack.questions.map((q) => [questionKey(pack.id, q.id), { pack, question: q }])),
  );
}

export type StartResult =
  { ok: true; state: MockState } | { ok: false; shortfalls: Shortfall[] } | { ok: false; message: string };

/**
 * Choose the questions of `template` with `seed` from the enabled `packs` and start the mock at
 * `now` (saved at once). Refuses with the shortfalls when a section cannot be filled.
 */
export async function startMock(
  template: LoopTemplate,
  mode: MockMode,
  seed: number,
  packs: readonly Pack[],
  now: number,
): Promise<StartResult> {
  const history = (await listAllAttempts()).map((a) => a.questionKey);
  const picked = selectQuestions(template, mockPool(packs), history, seed);
  if (!picked.ok) return { ok: false, shortfalls: picked.shortfalls };
  const state = createSession(template, picked.sections, mode, now, { id: `mock-${now}`, seed });
  const saved = await saveMock(state);
  if (!saved.ok) return { ok: false, message: saved.message };
  return { ok: true, state };
}

/**
 * Grade an answer without the user: code runs every case (hidden ones too), choice and numeric
 * answers are checked, an incident's steps are graded and combined (see `gradeIncidentAnswer`).
 * Written and design answers need the user's self-assessment: null.
 */
export async function autoGrade(question: Question, answer: MockAnswer): Promise<GradeResult | null> {
  switch (question.kind) {
    case "python":
    case "sql":
      return gradeCode(question, answer.text ?? "", "submit");
    case "choice":
      return gradeChoice(question, answer.choices ?? []);
    case "numeric":
      return gradeNumeric(question, answer.text ?? "");
    case "incident":
      return gradeIncidentAnswer(question, answer.steps ?? {});
    case "written":
    case "design":
      return null;
  }
}

/** The attempts a finished mock adds to the user's history: one per graded question. */
export function mockAttempts(state: MockState, packs: readonly Pack[]): Attempt[] {
  const index = questionIndex(packs);
  const results = questionResults(state);
  return Object.values(state.questions).flatMap((qs) => {
    const result = results[qs.key];
    const sub = qs.submissionIds.length ? state.submissions[qs.submissionIds.at(-1)!] : undefined;
    const found = index.get(qs.key);
    if (!result || !sub || !found) return [];
    return [
      {
        questionKey: qs.key,
        packId: qs.packId,
        questionId: qs.questionId,
        packVersion: found.pack.version,
        kind: qs.kind,
        mode: "mock" as const,
        at: sub.at,
        timeSpentMs: qs.timeSpentMs,
        status: result.status,
        score: result.score,
        result,
        hintsUsed: qs.hintsUsed ?? 0,
        solutionViewed: false,
        answer: sub.answer,
      },
    ];
  });
}

/**
 * Close a finished, fully graded mock: build its report against the earlier ones, record its
 * answers as attempts (skipping any already recorded, so a crash between the two steps never
 * counts an answer twice), and save the report. Resolves to the report, or an error message.
 */
export async function finalizeMock(
  state: MockState,
  packs: readonly Pack[],
): Promise<{ ok: true; report: MockReport } | { ok: false; message: string }> {
  const previous = (await listMockReports()).filter((r) => r.id !== state.id);
  const report = buildReport(state, questionResults(state), mockPool(packs), previous);
  const recorded = new Set(
    (await listAllAttempts()).filter((a) => a.mode === "mock").map((a) => `${a.questionKey}@${a.at}`),
  );
  for (const attempt of mockAttempts(state, packs)) {
    if (recorded.has(`${attempt.questionKey}@${attempt.at}`)) continue;
    const r = await recordAttempt(attempt);
    if (!r.ok) return r;
  }
  const saved = await saveMock(state, report);
  return saved.ok ? { ok: true, report } : saved;
}
