/** Small factories for the mock tests: questions, pools, a short loop, grade results, a clock. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GradeResult } from "../../../src/domain/grading/result";
import { gradeRubric } from "../../../src/domain/grading/rubric";
import {
  type Pack,
  type Category,
  type DesignQuestion,
  type Difficulty,
  type Lane,
  type Question,
  type QuestionKind,
} from "../../../src/domain/packs";
import {
  advanceSection,
  applyGrade,
  createSession,
  finishEarly,
  focusQuestion,
  submitAnswer,
  type LoopTemplate,
  type MockState,
  type PoolQuestion,
} from "../../../src/domain/mock";

export const MIN = 60_000;
/** A fixed start time: 2026-01-05T09:00:00Z. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

export interface QOpts {
  kind?: QuestionKind;
  category?: Category;
  topics?: string[];
  difficulty?: Difficulty;
  lanes?: Lane[];
}

/** A question of the given kind with just enough fields for the mock domain. */
export function q(id: string, o: QOpts = {}): Question {
  const kind = o.kind ?? "choice";
  const base = {
    id,
    title: `Q ${id}`,
    prompt: "Answer.",
    category:
      o.category ??
      (kind === "python" || kind === "sql"
        ? "coding"
        : kind === "incident"
          ? "debugging"
          : "ml-fundamentals"),
    topics: o.topics ?? [id],
    difficulty: o.difficulty ?? "medium",
    lanes: o.lanes ?? ["applied"],
    estimatedMinutes: 5,
    hints: [],
    explanation: `Why ${id}.`,
  };
  const rubric = [
    { id: "r1", description: "Point one", points: 2, signals: ["one"] },
    { id: "r2", description: "Point two", points: 1, signals: ["two"] },
  ];
  const byKind: Record<QuestionKind, object> = {
    python: { starterCode: "", entry: "f", referenceSolution: "def f(): return 1", wrongAnswers: [] },
    sql: { schema: "CREATE TABLE t(x);", seed: "", reference: "SELECT 1;", check: "", wrongAnswers: [] },
    choice: {
      options: [
        { id: "a", text: "Yes", correct: true, explanation: "." },
        { id: "b", text: "No", correct: false, explanation: "." },
      ],
    },
    numeric: { answer: 0.5, tolerance: { abs: 0.01 }, unit: "s" },
    written: { rubric, modelAnswer: "Model answer." },
    design: {
      sections: [{ id: "arch", title: "Architecture", rubric }],
      followUps: [
        { id: "scale", question: "How does it scale?" },
        { id: "drift", question: "Drift?" },
      ],
      modelAnswer: "Model design.",
    },
    incident: {
      fault: "leakage",
      data: { schema: "CREATE TABLE t(x);", seed: "INSERT INTO t VALUES (1);" },
      steps: [
        {
          id: "why",
          kind: "choice",
          title: "Find the fault",
          prompt: "Why?",
          points: 1,
          options: [
            { id: "a", text: "Leak", correct: true, explanation: "." },
            { id: "b", text: "Drift", correct: false, explanation: "." },
          ],
        },
        {
          id: "fix",
          kind: "sql",
          title: "Fix the query",
          prompt: "Fix it.",
          points: 2,
          starterCode: "SELECT 2;",
          reference: "SELECT 1;",
          wrongAnswers: [],
        },
      ],
      modelAnswer: "Model write-up.",
    },
  };
  return { ...base, kind, ...byKind[kind] } as unknown as Question;
}

/** Pool entries for `questions`, all in pack `pack`. */
export const pool = (questions: Question[], pack = "p"): PoolQuestion[] =>
  questions.map((question) => ({ packId: pack, question }));

/** A short custom-style loop: 10-min choice section with 2 questions, then 8-min design. */
export const shortLoop: LoopTemplate = {
  id: "custom",
  title: "Short loop",
  description: "test",
  sections: [
    { id: "s1", title: "Fundamentals", minutes: 10, count: 2, filter: { kinds: ["choice"] } },
    { id: "s2", title: "Design", minutes: 8, count: 1, filter: { kinds: ["design"] } },
  ],
};

/** Questions for `shortLoop`: choice a, b and design d. */
export const shortSelection = () => [
  { sectionId: "s1", questions: pool([q("a"), q("b")]) },
  {
    sectionId: "s2",
    questions: pool([q("d", { kind: "design", category: "system-design", topics: ["search"] })]),
  },
];

/** A grade result with the given score. */
export function grade(score: number): GradeResult {
  return {
    status: score >= 1 ? "pass" : "fail",
    score,
    cases: [{ id: "c", status: score >= 1 ? "pass" : "fail" }],
    durationMs: 1,
  };
}

/** `m` minutes after T0. */
export const at = (m: number) => T0 + m * MIN;

/**
 * The questions of `finishedMock`, all in pack "p": choice a (topics "Metrics" and "stats", so the
 * report must fold topic case), choice b (calibration) and design d (search, metrics).
 */
export const finishedQuestions = {
  a: q("a", { topics: ["Metrics", "stats"] }),
  b: q("b", { topics: ["calibration"] }),
  d: q("d", { kind: "design", category: "system-design", topics: ["search", "metrics"] }) as DesignQuestion,
};

/**
 * A finished strict mock of `shortLoop` over `finishedQuestions`: a right in 3 min, b wrong in
 * 6 min (over its 5-min budget), design d 2 of 3 rubric points; finished early at 15 min.
 */
export function finishedMock(seed = 99): MockState {
  const { a, b, d } = finishedQuestions;
  let s = createSession(
    shortLoop,
    [
      { sectionId: "s1", questions: pool([a, b]) },
      { sectionId: "s2", questions: pool([d]) },
    ],
    "strict",
    T0,
    { id: "mock-now", seed },
  );
  s = submitAnswer(s, "p/a", at(2), { answer: { choices: ["a"] } }).state;
  s = focusQuestion(s, "p/b", at(3)).state;
  s = submitAnswer(s, "p/b", at(9), { answer: { choices: ["b"] } }).state;
  s = advanceSection(s, at(9)).state;
  s = submitAnswer(s, "p/d", at(14), { answer: { parts: { arch: "one" } } }).state;
  s = finishEarly(s, at(15)).state;
  s = applyGrade(s, "p/a#1", grade(1)).state;
  s = applyGrade(s, "p/b#1", grade(0)).state;
  const rubric = d.sections[0]!.rubric;
  return applyGrade(s, "p/d#1", gradeRubric(rubric, { r1: true, r2: false })).state;
}

/**
 * Every question of the built-in packs (questions/*.json). Read as raw JSON for speed: the
 * packs' own test validates them with the real schema.
 */
export function builtInPool(): PoolQuestion[] {
  const dir = join(import.meta.dirname, "../../../questions");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => {
      const pack = JSON.parse(readFileSync(join(dir, f), "utf8")) as Pack;
      return pack.questions.map((question) => ({ packId: pack.id, question }));
    });
}

/** Round-trip through JSON, as saving to storage and reloading does. */
export const reload = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
