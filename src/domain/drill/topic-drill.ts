/**
 * Topic drills: a short, focused drill over the questions of a few chosen topics (the weakest
 * topics on the Progress page, or the weak topics of a mock report). Pure: the questions, cards,
 * best scores and `now` are passed in.
 */
import type { CardState } from "./card-state";

/** A question as the topic picker sees it. */
export interface TopicQuestion {
  /** questionKey(packId, questionId). */
  key: string;
  topics: readonly string[];
}

/** Everything `topicDrillKeys` looks at. */
export interface TopicDrillInput {
  /** Candidate questions, in the order to use for ties (e.g. pack order). */
  questions: readonly TopicQuestion[];
  /** Topics to drill; matched case-insensitively (and ignoring surrounding spaces). */
  topics: readonly string[];
  /** Stored drill cards (cards of other questions are ignored). */
  cards: readonly CardState[];
  /** Best attempt score (0..1) per question key, for the questions ever attempted. */
  bestScores: ReadonlyMap<string, number>;
  now: number;
  /** At most this many questions; default `TOPIC_DRILL_LIMIT`. */
  limit?: number;
}

/** Default length of a topic drill. */
export const TOPIC_DRILL_LIMIT = 10;

const norm = (topic: string) => topic.trim().toLowerCase();

/** Topics cleaned for display and storage: trimmed, empty ones and case-insensitive repeats dropped. */
export function cleanTopics(topics: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of topics) {
    const n = norm(t);
    if (!n || seen.has(n)) continue;
    seen.add(n);
    out.push(t.trim());
  }
  return out;
}

/**
 * The question keys of a topic drill, worst first, at most `limit`. A question is in when any of
 * its topics matches one of `topics` (case-insensitive). Order:
 * 1. cards already due at `now` (a drilled question that was seen before), earliest due first;
 * 2. other questions already attempted or drilled, lowest best score first (no score counts as 0),
 *    then the one due soonest;
 * 3. questions never attempted nor drilled, in `questions` order.
 * Ties keep the order of `questions`; a key listed twice is taken once.
 */
export function topicDrillKeys(input: TopicDrillInput): string[] {
  const wanted = new Set(cleanTopics(input.topics).map(norm));
  const limit = Math.max(0, Math.floor(input.limit ?? TOPIC_DRILL_LIMIT));
  if (wanted.size === 0 || limit === 0) return [];
  const cards = new Map(input.cards.map((c) => [c.key, c]));
  const seenKeys = new Set<string>();
  const due: { key: string; due: number; i: number }[] = [];
  const tried: { key: string; score: number; due: number; i: number }[] = [];
  const fresh: string[] = [];
  input.questions.forEach((q, i) => {
    if (seenKeys.has(q.key) || !q.topics.some((t) => wanted.has(norm(t)))) return;
    seenKeys.add(q.key);
    const card = cards.get(q.key);
    const drilled = !!card && card.phase !== "new";
    const best = input.bestScores.get(q.key);
    if (drilled && card.due <= input.now) due.push({ key: q.key, due: card.due, i });
    else if (drilled || best !== undefined)
      tried.push({ key: q.key, score: best ?? 0, due: drilled ? card.due : Infinity, i });
    else fresh.push(q.key);
  });
  due.sort((a, b) => a.due - b.due || a.i - b.i);
  tried.sort((a, b) => a.score - b.score || a.due - b.due || a.i - b.i);
  return [...due.map((d) => d.key), ...tried.map((t) => t.key), ...fresh].slice(0, limit);
}
