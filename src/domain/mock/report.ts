/**
 * Building the report of a finished (or abandoned) mock from its session, the grade of each
 * question, the questions' metadata and the earlier reports.
 */
import type { GradeResult } from "../grading/result";
import { hireSignal } from "../grading/rubric";
import type { Question } from "../packs";
import { questionKey } from "../packs/question-key";
import { CATEGORIES } from "../packs/vocabulary";
import { activeMs } from "./clock";
import { historySeries, strengthsAndWeaknesses, topicScores } from "./report-topics";
import {
  REPORT_VERSION,
  type MockReport,
  type QuestionOutcome,
  type ReportQuestion,
  type ReportRubricItem,
} from "./report-types";
import type { PoolQuestion } from "./select";
import type { MockQuestionState, MockState } from "./session-types";

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** The solution shown after the mock, as Markdown, whatever the question's kind. */
export function solutionText(q: Question): string {
  switch (q.kind) {
    case "python":
      return "```python\n" + q.referenceSolution + "\n```";
    case "sql":
      return "```sql\n" + q.reference + "\n```";
    case "choice":
      return q.options
        .filter((o) => o.correct)
        .map((o) => `- ${o.text}`)
        .join("\n");
    case "numeric":
      return `${q.answer}${q.unit ? ` ${q.unit}` : ""}`;
    case "written":
      return q.modelAnswer;
    case "design":
      return [
        q.modelAnswer,
        ...q.followUps.flatMap((f, i) =>
          f.modelAnswer ? [`**Follow-up ${i + 1}: ${f.question}**\n\n${f.modelAnswer}`] : [],
        ),
      ].join("\n\n");
  }
}

function rubricOf(result: GradeResult | undefined, q: Question | undefined): ReportRubricItem[] {
  if (!result || !q || (q.kind !== "written" && q.kind !== "design")) return [];
  return result.cases
    .filter((c) => c.maxPoints !== undefined)
    .map((c) => ({
      id: c.id,
      ...(c.description ? { description: c.description } : {}),
      points: c.points ?? 0,
      maxPoints: c.maxPoints ?? 0,
      passed: c.status === "pass",
    }));
}

function reportQuestion(
  state: MockState,
  qs: MockQuestionState,
  result: GradeResult | undefined,
  meta: Question | undefined,
): ReportQuestion {
  const section = state.sections.find((s) => s.id === qs.sectionId);
  const budgetMs = section ? Math.round(section.budgetMs / Math.max(1, section.questionKeys.length)) : 0;
  const outcome: QuestionOutcome = result
    ? result.status
    : qs.submissionIds.length
      ? "pending"
      : "unanswered";
  return {
    key: qs.key,
    title: meta?.title ?? qs.key,
    sectionId: qs.sectionId,
    category: qs.category,
    kind: qs.kind,
    difficulty: meta?.difficulty ?? "medium",
    topics: [...(meta?.topics ?? [])],
    outcome,
    score: result ? Math.min(1, Math.max(0, result.score)) : 0,
    timeUsedMs: qs.timeSpentMs,
    budgetMs,
    overBudget: qs.timeSpentMs > budgetMs,
    submissions: qs.submissionIds.length,
    autoSubmitted: qs.submissionIds.some((id) => state.submissions[id]?.auto === true),
    rubric: rubricOf(result, meta),
    explanation: meta?.explanation ?? "",
    solution: meta ? solutionText(meta) : "",
  };
}

/**
 * The report of `state`. `results` maps question keys to the grade of their final answer (use
 * `questionResults(state)`); a question without a result is `pending` if it was submitted, else
 * `unanswered`, and scores 0. `questions` supplies titles, topics, explanations and solutions
 * (a question missing from it is reported by key, difficulty assumed medium). Scores are means
 * over questions, each counted once; hire signals come from `hireSignal`. `previous` are earlier
 * reports, for the comparison and the chart series.
 */
export function buildReport(
  state: MockState,
  results: Readonly<Record<string, GradeResult | undefined>>,
  questions: readonly PoolQuestion[],
  previous: readonly MockReport[] = [],
): MockReport {
  const meta = new Map(questions.map((p) => [questionKey(p.packId, p.question.id), p.question]));
  const ordered = state.sections.flatMap((s) => s.questionKeys.map((k) => state.questions[k]!));
  const rq = ordered.map((qs) => reportQuestion(state, qs, results[qs.key], meta.get(qs.key)));
  const score = mean(rq.map((q) => q.score));
  const sections = state.sections.map((s) => {
    const mine = rq.filter((q) => q.sectionId === s.id);
    const used =
      s.startedActiveMs === undefined
        ? 0
        : (s.endedActiveMs ?? activeMs(state, state.lastNow)) - s.startedActiveMs;
    return {
      id: s.id,
      title: s.title,
      score: mean(mine.map((q) => q.score)),
      questionCount: mine.length,
      budgetMs: s.budgetMs,
      usedMs: Math.max(0, used),
    };
  });
  const categories = CATEGORIES.flatMap((category) => {
    const mine = rq.filter((q) => q.category === category);
    if (!mine.length) return [];
    const s = mean(mine.map((q) => q.score));
    return [{ category, score: s, questionCount: mine.length, signal: hireSignal(s) }];
  });
  const topics = topicScores(rq);
  const { strengths, weaknesses } = strengthsAndWeaknesses(topics);
  const at = state.finishedAt ?? state.lastNow;
  const { history, comparison } = historySeries(
    { reportId: state.id, at, templateId: state.template.id, score },
    previous,
  );
  return {
    version: REPORT_VERSION,
    id: state.id,
    templateId: state.template.id,
    templateTitle: state.template.title,
    mode: state.mode,
    ...(state.seed !== undefined ? { seed: state.seed } : {}),
    startedAt: state.startedAt,
    finishedAt: state.finishedAt,
    finishReason: state.finishReason,
    overall: {
      score,
      points: rq.reduce((a, q) => a + q.score, 0),
      maxPoints: rq.length,
      signal: hireSignal(score),
    },
    time: { usedMs: activeMs(state, state.lastNow), budgetMs: sections.reduce((a, s) => a + s.budgetMs, 0) },
    sections,
    categories,
    questions: rq,
    topics,
    strengths,
    weaknesses,
    drillTopics: [...weaknesses],
    history,
    comparison,
  };
}
