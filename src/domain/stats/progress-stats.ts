/**
 * Progress figures from stored attempts: score over time per category, mastery per topic, time
 * spent per day, and the weakest topics. Pure: attempts, questions and the time zone offset are
 * parameters.
 */
import type { Category, Pack } from "../packs";
import { questionKey } from "../packs/question-key";
import { CATEGORIES } from "../packs/vocabulary";

export interface StatsAttempt {
  questionKey: string;
  at: number;
  score: number;
  timeSpentMs: number;
}

export interface DayPoint {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  value: number;
}

export interface TopicMastery {
  topic: string;
  /** Mean best score over the topic's questions you attempted, 0..1. */
  mastery: number;
  attempted: number;
  total: number;
}

export interface ProgressStats {
  /** Mean score of the attempts made each day, per category. */
  scoreByCategory: Record<Category, DayPoint[]>;
  /** Minutes spent per day. */
  minutesPerDay: DayPoint[];
  topics: TopicMastery[];
  /** Attempted topics with the lowest mastery (at most 5), weakest first. */
  weakest: TopicMastery[];
  /** `minutes` is rounded; `timeMs` is exact, for display at any scale (seconds to hours). */
  totals: { attempts: number; questionsAttempted: number; solved: number; minutes: number; timeMs: number };
}

/** YYYY-MM-DD of `at` in a zone `offsetMinutes` east of UTC. */
export function localDay(at: number, offsetMinutes: number): string {
  return new Date(at + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function progressStats(
  packs: readonly Pack[],
  attempts: readonly StatsAttempt[],
  offsetMinutes = 0,
): ProgressStats {
  const meta = new Map(packs.flatMap((p) => p.questions.map((q) => [questionKey(p.id, q.id), q] as const)));
  const best = new Map<string, number>();
  const perCatDay = new Map<string, { sum: number; n: number }>();
  const minutes = new Map<string, number>();
  let totalMs = 0;
  for (const a of [...attempts].sort((x, y) => x.at - y.at)) {
    const q = meta.get(a.questionKey);
    const day = localDay(a.at, offsetMinutes);
    minutes.set(day, (minutes.get(day) ?? 0) + a.timeSpentMs / 60_000);
    totalMs += a.timeSpentMs;
    best.set(a.questionKey, Math.max(best.get(a.questionKey) ?? 0, a.score));
    if (!q) continue;
    const k = `${q.category}|${day}`;
    const cell = perCatDay.get(k) ?? { sum: 0, n: 0 };
    cell.sum += a.score;
    cell.n += 1;
    perCatDay.set(k, cell);
  }
  const scoreByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, [] as DayPoint[]])) as Record<
    Category,
    DayPoint[]
  >;
  for (const [k, { sum, n }] of [...perCatDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [cat, day] = k.split("|") as [Category, string];
    scoreByCategory[cat].push({ day, value: sum / n });
  }
  const topicAgg = new Map<string, { sum: number; attempted: number; total: number }>();
  for (const [key, q] of meta) {
    for (const t of q.topics) {
      const agg = topicAgg.get(t) ?? { sum: 0, attempted: 0, total: 0 };
      agg.total += 1;
      if (best.has(key)) {
        agg.attempted += 1;
        agg.sum += best.get(key)!;
      }
      topicAgg.set(t, agg);
    }
  }
  const topics = [...topicAgg]
    .map(([topic, a]) => ({
      topic,
      mastery: a.attempted ? a.sum / a.attempted : 0,
      attempted: a.attempted,
      total: a.total,
    }))
    .sort((x, y) => y.attempted - x.attempted || x.topic.localeCompare(y.topic));
  const weakest = topics
    .filter((t) => t.attempted > 0 && t.mastery < 1)
    .sort((x, y) => x.mastery - y.mastery || y.attempted - x.attempted || x.topic.localeCompare(y.topic))
    .slice(0, 5);
  return {
    scoreByCategory,
    minutesPerDay: [...minutes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, value]) => ({ day, value })),
    topics,
    weakest,
    totals: {
      attempts: attempts.length,
      questionsAttempted: best.size,
      solved: [...best.values()].filter((s) => s >= 1).length,
      minutes: Math.round(totalMs / 60_000),
      timeMs: totalMs,
    },
  };
}
