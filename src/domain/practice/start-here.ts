/**
 * "Start here": a first path through the built-in bank for the app's first audience, a software
 * engineer moving into ML engineering — from familiar ground (Python, SQL) to what is new (data
 * splits, metrics, training curves, a debugging scenario) and a first ML system design. Steps
 * name built-in questions by pack and id (ids are permanent); a step whose question is not in the
 * enabled packs is skipped.
 */
import type { Pack, Question } from "../packs";
import { questionKey } from "../packs/question-key";

export interface StartStep {
  packId: string;
  questionId: string;
  /** Why this step, in one line. */
  why: string;
}

export const START_HERE: readonly StartStep[] = [
  {
    packId: "python-algorithms",
    questionId: "dedupe-latest-events",
    why: "Familiar ground: plain Python on event data, graded by tests.",
  },
  {
    packId: "sql",
    questionId: "user-order-counts-left-join",
    why: "SQL for features: the join that keeps every user.",
  },
  {
    packId: "ml-fundamentals",
    questionId: "split-forecasting-random-vs-time",
    why: "How you split the data decides what your metric means.",
  },
  {
    packId: "ml-fundamentals",
    questionId: "accuracy-under-imbalance",
    why: "Why accuracy lies on rare events.",
  },
  {
    packId: "python-ml",
    questionId: "precision-recall-f1",
    why: "Code the metrics interviewers ask about.",
  },
  {
    packId: "ml-fundamentals",
    questionId: "overfitting-learning-curves",
    why: "Read training curves the way you read logs.",
  },
  {
    packId: "debugging",
    questionId: "leakage-too-good-auc",
    why: "A debugging scenario: a model too good to be true.",
  },
  {
    packId: "system-design",
    questionId: "subscription-churn-prediction",
    why: "Your first ML system design, end to end.",
  },
];

export interface StartPathStep extends StartStep {
  question: Question;
  done: boolean;
}

/**
 * The path over the enabled `packs`: each step with its question and whether it is done (any
 * attempt counts: the path is about trying each kind once, not acing it), and the next step to do.
 */
export function startHerePath(
  packs: readonly Pack[],
  attempted: ReadonlySet<string>,
): { steps: StartPathStep[]; next?: StartPathStep; done: number } {
  const steps: StartPathStep[] = [];
  for (const s of START_HERE) {
    const question = packs.find((p) => p.id === s.packId)?.questions.find((q) => q.id === s.questionId);
    if (question) steps.push({ ...s, question, done: attempted.has(questionKey(s.packId, s.questionId)) });
  }
  return { steps, next: steps.find((s) => !s.done), done: steps.filter((s) => s.done).length };
}
