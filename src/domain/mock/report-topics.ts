/**
 * Topic analysis and the history series of the report.
 */
import type { MockReport, ReportHistoryPoint, ReportQuestion, ReportTopic } from "./report-types";

/** Topics scoring at least this are strengths. */
export const STRENGTH_THRESHOLD = 0.7;
/** Topics scoring below this are weaknesses (and drilled). */
export const WEAKNESS_THRESHOLD = 0.5;

/** Mean score per topic (every topic of a question counts, case-folded), best first. */
export function topicScores(questions: readonly ReportQuestion[]): ReportTopic[] {
  const acc = new Map<string, { sum: number; n: number }>();
  for (const q of questions) {
    for (const topic of new Set(q.topics.map((t) => t.trim().toLowerCase()).filter(Boolean))) {
      const a = acc.get(topic) ?? { sum: 0, n: 0 };
      acc.set(topic, { sum: a.sum + q.score, n: a.n + 1 });
    }
  }
  return [...acc]
    .map(([topic, a]) => ({ topic, score: a.sum / a.n, questionCount: a.n }))
    .sort((x, y) => y.score - x.score || x.topic.localeCompare(y.topic));
}

/**
 * Whether a question counts towards a strength: an auto-graded answer that passed outright, or a
 * self-assessed written/design answer with at least `STRENGTH_THRESHOLD` of its rubric points. A
 * failed choice (even with partial credit) or a low-scoring answer never does.
 */
export function answeredWell(q: Pick<ReportQuestion, "outcome" | "score" | "kind">): boolean {
  if (q.kind === "written" || q.kind === "design")
    return q.outcome !== "error" && q.score >= STRENGTH_THRESHOLD;
  return q.outcome === "pass";
}

/**
 * Strength topics (best first): mean score at least `STRENGTH_THRESHOLD` and every question on
 * the topic answered well (`answeredWell`). Weakness topics (worst first): mean below
 * `WEAKNESS_THRESHOLD`.
 */
export function strengthsAndWeaknesses(
  topics: readonly ReportTopic[],
  questions: readonly Pick<ReportQuestion, "topics" | "outcome" | "score" | "kind">[],
): {
  strengths: string[];
  weaknesses: string[];
} {
  const onTopic = (topic: string) =>
    questions.filter((q) => q.topics.some((t) => t.trim().toLowerCase() === topic));
  return {
    strengths: topics
      .filter((t) => t.score >= STRENGTH_THRESHOLD && onTopic(t.topic).every(answeredWell))
      .map((t) => t.topic),
    weaknesses: topics
      .filter((t) => t.score < WEAKNESS_THRESHOLD)
      .sort((x, y) => x.score - y.score || x.topic.localeCompare(y.topic))
      .map((t) => t.topic),
  };
}

/**
 * The chart series: earlier reports (other ids, finished before this one) oldest first, then
 * this one; and the comparison with the most recent earlier mock and the best earlier score.
 */
export function historySeries(
  current: ReportHistoryPoint,
  previous: readonly Pick<MockReport, "id" | "finishedAt" | "startedAt" | "templateId" | "overall">[],
): { history: ReportHistoryPoint[]; comparison: MockReport["comparison"] } {
  const earlier = previous
    .filter((r) => r.id !== current.reportId)
    .map((r) => ({
      reportId: r.id,
      at: r.finishedAt ?? r.startedAt,
      templateId: r.templateId,
      score: r.overall.score,
    }))
    .filter((p) => p.at <= current.at)
    .sort((a, b) => a.at - b.at || a.reportId.localeCompare(b.reportId));
  const last = earlier.at(-1);
  return {
    history: [...earlier, current],
    comparison: {
      previousScore: last ? last.score : null,
      delta: last ? current.score - last.score : null,
      bestPreviousScore: earlier.length ? Math.max(...earlier.map((p) => p.score)) : null,
    },
  };
}
