/**
 * Checks that need no engine: rubric soundness of written/design questions, finite numeric
 * answers (of numeric questions and incident steps), and the built-in bank's quality rules (issue "Built-in question bank"), which are
 * opt-in so third-party packs are checked leniently.
 */
import type { IncidentQuestion, Question, RubricItem } from "../../domain/packs";
import type { CheckProblem } from "./types";

/** Quality thresholds of the built-in bank. */
export const QUALITY_RULES = {
  minHints: 2,
  minExplanationChars: 200,
  minVisibleCases: 3,
  minHiddenCases: 8,
  minWrongAnswers: 2,
  minHiddenVariants: 1,
  minRubricItems: 4,
  minFollowUps: 2,
  /** Incidents: hidden cases of a Python fix, options of a choice step, length of the write-up. */
  minFixHiddenCases: 2,
  minDiagnosisOptions: 3,
  minWriteUpChars: 200,
} as const;

interface LocatedItem {
  item: RubricItem;
  path: string;
}

/** Every rubric item of a written or design question, with its path. */
function rubricItems(q: Question, at: string): LocatedItem[] | undefined {
  if (q.kind === "written") return q.rubric.map((item, i) => ({ item, path: `${at}.rubric[${i}]` }));
  if (q.kind !== "design") return undefined;
  return [
    ...q.sections.flatMap((s, i) =>
      s.rubric.map((item, j) => ({ item, path: `${at}.sections[${i}].rubric[${j}]` })),
    ),
    ...q.followUps.flatMap((f, i) =>
      (f.rubric ?? []).map((item, j) => ({ item, path: `${at}.followUps[${i}].rubric[${j}]` })),
    ),
  ];
}

/** Structural soundness of the answer-only kinds (always checked). */
export function answerProblems(q: Question, at: string): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const items = rubricItems(q, at);
  if (items) {
    for (const { item, path } of items) {
      if (item.signals.length === 0) {
        problems.push({
          code: "rubric",
          path: `${path}.signals`,
          message: `rubric item "${item.id}" has no signals`,
          fix: "List at least one phrase or idea that shows the item is met (used to suggest ticks).",
        });
      }
    }
    const total = items.reduce((sum, { item }) => sum + item.points, 0);
    if (!(total > 0)) {
      problems.push({
        code: "rubric",
        path: at,
        message: "the rubric is worth no points",
        fix: "Give rubric items positive `points`.",
      });
    }
  }
  const numerics =
    q.kind === "numeric"
      ? [{ answer: q.answer, path: `${at}.answer` }]
      : q.kind === "incident"
        ? q.steps.flatMap((s, i) =>
            s.kind === "numeric" ? [{ answer: s.answer, path: `${at}.steps[${i}].answer` }] : [],
          )
        : [];
  for (const { answer, path } of numerics) {
    if (!Number.isFinite(answer))
      problems.push({
        code: "numeric-answer",
        path,
        message: `the answer ${answer} is not a finite number`,
        fix: "Give a finite `answer`.",
      });
  }
  return problems;
}

/** The quality rules an incident adds (see QUALITY_RULES). */
function incidentQuality(q: IncidentQuestion, at: string): CheckProblem[] {
  const R = QUALITY_RULES;
  const problems: CheckProblem[] = [];
  const need = (ok: boolean, path: string, message: string, fix: string) => {
    if (!ok) problems.push({ code: "quality", path: `${at}.${path}`, message, fix });
  };
  const writeUp = q.modelAnswer?.trim().length ?? 0;
  need(
    writeUp >= R.minWriteUpChars,
    "modelAnswer",
    q.modelAnswer === undefined
      ? "no write-up (`modelAnswer`)"
      : `the write-up is ${writeUp} characters, at least ${R.minWriteUpChars} wanted`,
    "Write the incident's write-up: what happened, how the evidence shows it, the fix, and how to prevent it.",
  );
  q.steps.forEach((s, i) => {
    const path = (field: string) => `steps[${i}].${field}`;
    if (s.kind === "choice")
      need(
        s.options.length >= R.minDiagnosisOptions,
        path("options"),
        `${s.options.length} option(s), at least ${R.minDiagnosisOptions} wanted`,
        "Add plausible wrong diagnoses (what an engineer might suspect first), each with an explanation.",
      );
    if (s.kind === "numeric")
      need(
        s.derive !== undefined,
        path("derive"),
        "the answer is not derived from the evidence",
        "Add `derive` (`sql` over `data`, or `python` defining `answer()`) so the checker recomputes the answer.",
      );
    if (s.kind === "python") {
      const cases = s.cases ?? [];
      const hidden = cases.filter((c) => c.hidden === true).length;
      need(
        cases.length - hidden > 0 || s.testCode !== undefined,
        path("cases"),
        "no visible test: Run shows nothing",
        "Add a visible case (or `testCode`) that checks the fix on the incident's own data.",
      );
      need(
        hidden >= R.minFixHiddenCases,
        path("cases"),
        `${hidden} hidden case(s), at least ${R.minFixHiddenCases} wanted`,
        'Add cases with `"hidden": true` on other data, so a fix that special-cases the visible data fails.',
      );
    }
    if (s.kind === "sql") {
      const hidden = (s.variants ?? []).filter((v) => v.hidden !== false).length;
      need(
        hidden >= R.minHiddenVariants,
        path("variants"),
        `${hidden} hidden variant(s), at least ${R.minHiddenVariants} wanted`,
        "Add a hidden variant dataset with the fault in other rows, so a fix that special-cases the visible data fails.",
      );
    }
    if (s.kind === "python" || s.kind === "sql")
      need(
        s.wrongAnswers.length >= R.minWrongAnswers,
        path("wrongAnswers"),
        `${s.wrongAnswers.length} wrong fix(es), at least ${R.minWrongAnswers} wanted`,
        "Add plausible wrong fixes (a patch of the symptom, the right idea on the wrong column…) that the tests must reject.",
      );
  });
  return problems;
}

/** The quality rules of the built-in bank (applied with `{ quality: true }`). */
export function qualityProblems(q: Question, at: string): CheckProblem[] {
  const R = QUALITY_RULES;
  const problems: CheckProblem[] = [];
  const need = (ok: boolean, field: string, message: string, fix: string) => {
    if (!ok) problems.push({ code: "quality", path: field ? `${at}.${field}` : at, message, fix });
  };
  need(q.topics.length >= 1, "topics", "no topics", "Add at least one topic.");
  need(
    q.hints.length >= R.minHints,
    "hints",
    `${q.hints.length} hint(s), at least ${R.minHints} wanted`,
    "Add progressive hints, mildest first.",
  );
  const explained = q.explanation.trim().length;
  need(
    explained >= R.minExplanationChars,
    "explanation",
    `explanation is ${explained} characters, at least ${R.minExplanationChars} wanted`,
    "Explain why the answer is right and which mistakes are typical.",
  );
  if (q.kind === "python") {
    const cases = q.cases ?? [];
    const hidden = cases.filter((c) => c.hidden === true).length;
    need(
      cases.length - hidden >= R.minVisibleCases,
      "cases",
      `${cases.length - hidden} visible case(s), at least ${R.minVisibleCases} wanted`,
      "Add visible cases (shown on Run).",
    );
    need(
      hidden >= R.minHiddenCases,
      "cases",
      `${hidden} hidden case(s), at least ${R.minHiddenCases} wanted`,
      'Add cases with `"hidden": true` (edge cases, larger inputs).',
    );
  }
  if (q.kind === "sql") {
    const hidden = (q.variants ?? []).filter((v) => v.hidden !== false).length;
    need(
      hidden >= R.minHiddenVariants,
      "variants",
      `${hidden} hidden variant(s), at least ${R.minHiddenVariants} wanted`,
      "Add a hidden variant dataset with the edge cases (ties, NULLs, empty groups).",
    );
  }
  if (q.kind === "python" || q.kind === "sql") {
    need(
      q.wrongAnswers.length >= R.minWrongAnswers,
      "wrongAnswers",
      `${q.wrongAnswers.length} wrong answer(s), at least ${R.minWrongAnswers} wanted`,
      "Add typical mistakes that the cases must reject.",
    );
  }
  const items = rubricItems(q, at);
  if (items && (q.kind === "written" || q.kind === "design")) {
    need(
      items.length >= R.minRubricItems,
      q.kind === "written" ? "rubric" : "sections",
      `${items.length} rubric item(s) in total, at least ${R.minRubricItems} wanted`,
      "Split the rubric into separately gradable items, each with points and signals.",
    );
    need(
      q.modelAnswer.trim().length > 0,
      "modelAnswer",
      "the model answer is blank",
      "Write a model answer.",
    );
  }
  if (q.kind === "incident") problems.push(...incidentQuality(q, at));
  if (q.kind === "design") {
    need(
      q.followUps.length >= R.minFollowUps,
      "followUps",
      `${q.followUps.length} follow-up(s), at least ${R.minFollowUps} wanted`,
      "Add follow-up questions an interviewer would ask.",
    );
    q.followUps.forEach((f, i) =>
      need(
        !!f.modelAnswer?.trim(),
        `followUps[${i}].modelAnswer`,
        `follow-up "${f.id}" has no model answer`,
        "Write what a strong answer to this follow-up says (shown after scoring and in mock reports).",
      ),
    );
  }
  return problems;
}
