/**
 * Today's drill queue: due reviews first (most overdue first), then new questions up to the daily
 * limit, with the counts up front. Pure: cards, questions, today's logs and `now` are passed in.
 */
import type { CardState, DrillRating, ReviewLogRecord } from "./card-state";
import { newCardState } from "./card-state";
import { addDays, dayKey, dayStartMs, type DayClock, type DayKey } from "./day-clock";
import { seededShuffle } from "./seeded-order";

/** A question that can be drilled, with what the queue filters on. */
export interface DrillQuestion {
  /** questionKey(packId, questionId). */
  key: string;
  packId: string;
  category: string;
}

/** The user's drill settings that shape the queue. */
export interface QueueSettings {
  /** New questions to introduce per day. */
  newPerDay: number;
  /** Only these packs (all when absent or empty). */
  packs?: readonly string[];
  /** Only these categories (all when absent or empty). */
  categories?: readonly string[];
}

/** Everything `buildDailyQueue` looks at. */
export interface DailyQueueInput {
  /** Stored cards (cards of questions not in `questions` are ignored). */
  cards: readonly CardState[];
  /** Drillable questions, in the order new ones should be introduced (e.g. pack order). */
  questions: readonly DrillQuestion[];
  settings: QueueSettings;
  /** Review logs of today (older or newer logs may be included: they are filtered by day). */
  reviewedToday: readonly ReviewLogRecord[];
  now: number;
  clock?: DayClock;
  /** When set, new questions are introduced in an order shuffled by this seed (e.g. the day)
   * instead of the order of `questions`. */
  seed?: string;
}

/** One question to answer now. */
export interface QueueItem {
  key: string;
  kind: "review" | "new";
  /** The card to pass to `applyReview` (a fresh one for a new question). */
  card: CardState;
  question: DrillQuestion;
  /** now - due; negative for a review due later today. */
  overdueMs: number;
}

/** The queue and its counts. */
export interface DailyQueue {
  day: DayKey;
  items: QueueItem[];
  counts: { review: number; new: number; total: number };
  /** Distinct questions seen for the first time today. */
  newIntroducedToday: number;
  /** How many more new questions today's limit allows (before this queue's new items). */
  newLeftToday: number;
  /** Cards rated Again today that come back later today, soonest first. */
  later: { key: string; due: number }[];
}

function lastRatingsOn(day: DayKey, logs: readonly ReviewLogRecord[], clock: DayClock) {
  const last = new Map<string, { review: number; rating: DrillRating }>();
  const introduced = new Set<string>();
  for (const log of logs) {
    if (dayKey(log.review, clock) !== day) continue;
    if (log.phase === "new") introduced.add(log.key);
    const prev = last.get(log.key);
    if (!prev || log.review >= prev.review) last.set(log.key, { review: log.review, rating: log.rating });
  }
  return { last, introduced: introduced.size };
}

const byDueThenKey = (a: QueueItem, b: QueueItem) =>
  a.card.due - b.card.due || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Build today's queue. Rules:
 * - Questions are limited to `settings.packs` and `settings.categories` when given.
 * - A card in `review` phase is due when its due time falls before the end of today (days, not
 *   hours: a card due this evening is drilled this morning); a card in (re)learning, i.e. rated
 *   Again, is due when its due time has passed, and is listed in `later` until then.
 * - No same-day repeats except after Again: a card whose last rating today was not Again is left
 *   out, whatever its due time.
 * - Reviews come first, most overdue first (earliest due, then key); then new questions (no card
 *   or a card never rated), in `questions` order or shuffled by `seed`, up to `newPerDay` minus
 *   the new questions already introduced today (counted from today's logs).
 */
export function buildDailyQueue(input: DailyQueueInput): DailyQueue {
  const { now, settings } = input;
  const clock = input.clock ?? {};
  const day = dayKey(now, clock);
  const endOfDay = dayStartMs(addDays(day, 1), clock);
  const packs = settings.packs?.length ? new Set(settings.packs) : null;
  const categories = settings.categories?.length ? new Set(settings.categories) : null;
  const questions = input.questions.filter(
    (q) => (!packs || packs.has(q.packId)) && (!categories || categories.has(q.category)),
  );
  const cards = new Map(input.cards.map((c) => [c.key, c]));
  const { last, introduced } = lastRatingsOn(day, input.reviewedToday, clock);

  const reviews: QueueItem[] = [];
  const fresh: DrillQuestion[] = [];
  const later: { key: string; due: number }[] = [];
  for (const question of questions) {
    const card = cards.get(question.key);
    const rated = last.get(question.key);
    if (rated && rated.rating !== "again") continue;
    if (!card || card.phase === "new") {
      if (!rated) fresh.push(question);
      continue;
    }
    const item: QueueItem = { key: card.key, kind: "review", card, question, overdueMs: now - card.due };
    if (card.phase === "review") {
      if (card.due < endOfDay) reviews.push(item);
    } else if (card.due <= now) reviews.push(item);
    else if (card.due < endOfDay) later.push({ key: card.key, due: card.due });
  }
  reviews.sort(byDueThenKey);
  later.sort((a, b) => a.due - b.due || (a.key < b.key ? -1 : 1));

  const limit = Number.isFinite(settings.newPerDay) ? Math.floor(settings.newPerDay) : 0;
  const newLeftToday = Math.max(0, limit - introduced);
  const ordered = input.seed === undefined ? fresh : seededShuffle(fresh, input.seed);
  const news: QueueItem[] = ordered.slice(0, newLeftToday).map((question) => ({
    key: question.key,
    kind: "new",
    card: cards.get(question.key) ?? newCardState(question.key, now),
    question,
    overdueMs: 0,
  }));

  return {
    day,
    items: [...reviews, ...news],
    counts: { review: reviews.length, new: news.length, total: reviews.length + news.length },
    newIntroducedToday: introduced,
    newLeftToday,
    later,
  };
}
