/**
 * Building the report of a finished (or abandoned) mock from its session, the grade of each
 * question, the questions' metadata and the earlier reports.
 */
import type { GradeResult } from "../grading/result";
import { hireSignal } from "../grading/rubric";
import { shownOptions } from "../grading/choice-order";
import type { ChoiceQuestion, IncidentQuestion, Question } from "../packs";
import { questionKey } from "../packs/question-key";
import { CATEGORIES } from "../packs/vocabulary";
import { answerView } from "../practice/answer-view";
import { activeMs } from "./clock";
import { categoryEvidenceGap, loopEvidenceGap } from "./hire-evidence";
import { historySeries, strengthsAndWeaknesses, topicScores } from "./report-topics";
import {
  REPORT_VERSION,
  type MockReport,
  type QuestionOutcome,
  type ReportCategory,
  type ReportOption,
  type ReportQuestion,
  type ReportRubricItem,
} from "./report-types";
import type { PoolQuestion } from "./select";
import type { MockQuestionState, MockState } from "./session-types";

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * The solution shown after the mock, as Markdown, whatever the question's kind. A choice
 * question's correct options carry the letters they had in the mock (`optionSeed`).
 */
export function solutionText(q: Question, optionSeed?: number): string {
  switch (q.kind) {
    case "python":
      return "```python\n" + q.referenceSolution + "\n```";
    case "sql":
      return "```sql\n" + q.reference + "\n```";
    case "choice":
      return shownOptions(q, optionSeed)
        .filter((s) => s.option.correct)
        .map((s) => `- **${s.letter}.** ${s.option.text}`)
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
    case "incident":
      return incidentSolution(q);
  }
}

/** Each step's answer (the right options, the number, the reference fix), then the write-up. */
function incidentSolution(q: IncidentQuestion): string {
  const steps = q.steps.map((s, i) => {
    const head = `**Step ${i + 1}: ${s.title}**`;
    switch (s.kind) {
      case "choice":
        return `${head}\n\n${s.options
          .filter((o) => o.correct)
          .map((o) => `- ${o.text}`)
          .join("\n")}`;
      case "numeric":
        return `${head}\n\n${s.answer}${s.unit ? ` ${s.unit}` : ""}`;
      case "python":
        return `${head}\n\n\`\`\`python\n${s.referenceSolution}\n\`\`\``;
      case "sql":
        return `${head}\n\n\`\`\`sql\n${s.reference}\n\`\`\``;
    }
  });
  return [...steps, ...(q.modelAnswer ? [`**Write-up**\n\n${q.modelAnswer}`] : [])].join("\n\n");
}

/** The rubric items of a written or design answer, or the steps of an incident, with their points. */
function rubricOf(result: GradeResult | undefined, q: Question | undefined): ReportRubricItem[] {
  if (!result || !q || (q.kind !== "written" && q.kind !== "design" && q.kind !== "incident")) return [];
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

/** A choice question's options as shown in the mock, with what the last submission chose. */
function optionsOf(q: ChoiceQuestion, state: MockState, qs: MockQuestionState): ReportOption[] {
  const last = qs.submissionIds.at(-1);
  const chosen = (last ? state.submissions[last]?.answer.choices : undefined) ?? [];
  return shownOptions(q, qs.optionSeed).map(({ option, letter }) => ({
    id: option.id,
    letter,
    text: option.text,
    correct: option.correct,
    chosen: chosen.includes(option.id),
  }));
}

/** The question's final answer: its latest submission (what was graded), else nothing. */
function answerOf(state: MockState, qs: MockQuestionState, meta: Question | undefined) {
  const last = qs.submissionIds.at(-1);
  return answerView(meta, last ? state.submissions[last]?.answer : undefined);
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
    ...(meta?.kind === "choice" ? { options: optionsOf(meta, state, qs) } : {}),
    explanation: meta?.explanation ?? "",
    solution: meta ? solutionText(meta, qs.optionSeed) : "",
    answer: answerOf(state, qs, meta),
  };
}

/**
 * The report of `state`. `results` maps question keys to the grade of their final answer (use
 * `questionResults(state)`); a question without a result is `pending` if it was submitted, else
 * `unanswered`, and scores 0. `questions` supplies titles, topics, explanations and solutions
 * (a question missing from it is reported by key, difficulty assumed medium). Scores are means
 * over questions, each counted once; hire signals come from `hireSignal` on those same scores, and
 * only when the loop (and category) gave enough evidence (see hire-evidence.ts). A topic is a
 * strength only when every question on it was answered well. `previous` are earlier
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
  const budgetMs = sections.reduce((a, s) => a + s.budgetMs, 0);
  const loopGap = loopEvidenceGap(rq, budgetMs);
  const categories = CATEGORIES.flatMap((category): ReportCategory[] => {
    const mine = rq.filter((q) => q.category === category);
    if (!mine.length) return [];
    const s = mean(mine.map((q) => q.score));
    const gap = loopGap ? "No signal for a loop this small." : categoryEvidenceGap(mine);
    return [
      {
        category,
        score: s,
        questionCount: mine.length,
        signal: gap ? null : hireSignal(s),
        ...(gap ? { signalNote: gap } : {}),
      },
    ];
  });
  const topics = topicScores(rq);
  const { strengths, weaknesses } = strengthsAndWeaknesses(topics, rq);
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
      signal: loopGap ? null : hireSignal(score),
      ...(loopGap ? { signalNote: loopGap } : {}),
    },
    time: { usedMs: activeMs(state, state.lastNow), budgetMs },
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
