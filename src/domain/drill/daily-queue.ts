/**
 * Today's drill queue: due reviews first (most overdue first), then new questions up to the daily
 * limit, mixed across categories and fitted to the day's time budget (at most one long written
 * item a day), with the counts up front. Pure: cards, questions, today's logs and `now` are passed in.
 */
import type { CardState, DrillRating, ReviewLogRecord } from "./card-state";
import { newCardState } from "./card-state";
import { addDays, dayKey, dayStartMs, type DayClock, type DayKey } from "./day-clock";
import { seededShuffle } from "./seeded-order";

/** A question that can be drilled, with what the queue filters and budgets on. */
export interface DrillQuestion {
  /** questionKey(packId, questionId). */
  key: string;
  packId: string;
  category: string;
  /** Estimated minutes (the question's `estimatedMinutes`); `DEFAULT_ITEM_MINUTES` when absent. */
  minutes?: number;
  /** A long written answer (a written or design question, graded by rubric): at most
   * `LONG_WRITTEN_PER_DAY` of them a day. */
  longWritten?: boolean;
}

/** The user's drill settings that shape the queue. */
export interface QueueSettings {
  /** New questions to introduce per day. */
  newPerDay: number;
  /** Only these packs (all when absent or empty). */
  packs?: readonly string[];
  /** Only these categories (all when absent or empty). */
  categories?: readonly string[];
  /** How long a day's drill should take, in estimated minutes; no time limit when absent. */
  minutesPerDay?: number;
}

/** Minutes assumed for a question that does not say. */
export const DEFAULT_ITEM_MINUTES = 5;
/** Long written items (written or design answers) a day's drill may hold. */
export const LONG_WRITTEN_PER_DAY = 1;

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
  /** When set, the order in which categories take turns among new questions is shuffled by this
   * seed (e.g. the day), so each day opens with another category. Defaults to `seed`. */
  mixSeed?: string;
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

/** The day's time budget, when the settings set one. */
export interface QueueBudget {
  minutesPerDay: number;
  /** Estimated minutes of the questions already drilled today (each question counted once). */
  usedToday: number;
  /** Estimated minutes of this queue's items (Again repeats of a question already drilled today
   * cost nothing: they were counted the first time). */
  queued: number;
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
  /** The time budget (absent when the settings set none). */
  budget?: QueueBudget;
  /** Due reviews left out to fit the day's time or its one long written item: they stay due
   * and come first another day (or in a custom study session). */
  heldBack: number;
}

const minutesOf = (q: DrillQuestion) =>
  q.minutes !== undefined && Number.isFinite(q.minutes) && q.minutes > 0 ? q.minutes : DEFAULT_ITEM_MINUTES;

function lastRatingsOn(day: DayKey, logs: readonly ReviewLogRecord[], clock: DayClock) {
  const last = new Map<string, { review: number; rating: DrillRating }>();
  const introduced = new Set<string>();
  for (const log of logs) {
    if (dayKey(log.review, clock) !== day) continue;
    if (log.phase === "new") introduced.add(log.key);
    const prev = last.get(log.key);
    if (!prev || log.review >= prev.review) last.set(log.key, { review: log.review, rating: log.rating });
  }
  return { last, introduced };
}

const byDueThenKey = (a: QueueItem, b: QueueItem) =>
  a.card.due - b.card.due || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * New questions interleaved by category (one of each category in turn), so a day never opens with
 * a run of one kind. Within a category the order of `fresh` is kept; the order in which categories
 * take turns is their first appearance, or shuffled by `seed` when given.
 */
function interleaveByCategory(fresh: readonly DrillQuestion[], seed: string | undefined): DrillQuestion[] {
  const groups = new Map<string, DrillQuestion[]>();
  for (const q of fresh) {
    const g = groups.get(q.category);
    if (g) g.push(q);
    else groups.set(q.category, [q]);
  }
  const order =
    seed === undefined ? [...groups.keys()] : seededShuffle([...groups.keys()], `${seed}:categories`);
  const lists = order.map((c) => groups.get(c)!);
  const out: DrillQuestion[] = [];
  for (let i = 0; out.length < fresh.length; i++)
    for (const list of lists) if (i < list.length) out.push(list[i]!);
  return out;
}

/**
 * Build today's queue. Rules:
 * - Questions are limited to `settings.packs` and `settings.categories` when given.
 * - A card in `review` phase is due when its due time falls before the end of today (days, not
 *   hours: a card due this evening is drilled this morning); a card in (re)learning, i.e. rated
 *   Again, is due when its due time has passed, and is listed in `later` until then.
 * - No same-day repeats except after Again: a card whose last rating today was not Again is left
 *   out, whatever its due time.
 * - Reviews come first, most overdue first (earliest due, then key); then new questions (no card
 *   or a card never rated), up to `newPerDay` minus the new questions already introduced today
 *   (counted from today's logs), interleaved by category (see `interleaveByCategory`; within a
 *   category in `questions` order, or shuffled by `seed`; categories take turns in order of first
 *   appearance, or shuffled by `mixSeed`).
 * - With `settings.minutesPerDay`, the day's questions fit that many estimated minutes: the minutes
 *   of questions drilled today count against it, then each review and each new question is taken
 *   in order when it still fits (smaller ones further down may fill a gap). Due reviews that do not
 *   fit are `heldBack`; so that reviews never starve, the first review of a day with nothing done
 *   yet is taken even when it alone is longer than the budget. An Again repeat of a question drilled
 *   today always comes back and costs nothing.
 * - At most `LONG_WRITTEN_PER_DAY` long written questions a day (those drilled today count).
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
  const byKey = new Map(input.questions.map((q) => [q.key, q]));
  const cards = new Map(input.cards.map((c) => [c.key, c]));
  const { last, introduced: introducedKeys } = lastRatingsOn(day, input.reviewedToday, clock);
  const introduced = introducedKeys.size;

  const reviews: QueueItem[] = [];
  const fresh: DrillQuestion[] = [];
  // The day's new questions are ordered over the questions still new this morning (fresh, plus those
  // introduced today), so rating one does not reshuffle the rest of the day's plan.
  const newThisMorning: DrillQuestion[] = [];
  const later: { key: string; due: number }[] = [];
  for (const question of questions) {
    const card = cards.get(question.key);
    const rated = last.get(question.key);
    if (introducedKeys.has(question.key) || ((!card || card.phase === "new") && !rated))
      newThisMorning.push(question);
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

  // What today has used so far: each question drilled today once, whatever its rating.
  let usedToday = 0;
  let longToday = 0;
  for (const key of last.keys()) {
    const q = byKey.get(key);
    usedToday += q ? minutesOf(q) : DEFAULT_ITEM_MINUTES;
    if (q?.longWritten) longToday += 1;
  }
  const budget =
    settings.minutesPerDay !== undefined && Number.isFinite(settings.minutesPerDay)
      ? Math.max(0, settings.minutesPerDay)
      : Infinity;
  let queued = 0;
  let long = longToday;
  /** Take `q` if it fits what is left of today; `force` takes it whatever the time. */
  const take = (q: DrillQuestion, force = false): boolean => {
    if (last.has(q.key)) return true; // an Again repeat: already counted today
    if (q.longWritten && long >= LONG_WRITTEN_PER_DAY) return false;
    const m = minutesOf(q);
    if (!force && usedToday + queued + m > budget) return false;
    queued += m;
    if (q.longWritten) long += 1;
    return true;
  };

  const takenReviews: QueueItem[] = [];
  for (const item of reviews) {
    const first = takenReviews.length === 0 && usedToday === 0;
    if (take(item.question, first)) takenReviews.push(item);
  }

  const limit = Number.isFinite(settings.newPerDay) ? Math.floor(settings.newPerDay) : 0;
  const newLeftToday = Math.max(0, limit - introduced);
  const isFresh = new Set(fresh.map((q) => q.key));
  const ordered = interleaveByCategory(
    input.seed === undefined ? newThisMorning : seededShuffle(newThisMorning, input.seed),
    input.mixSeed ?? input.seed,
  ).filter((q) => isFresh.has(q.key));
  const news: QueueItem[] = [];
  for (const question of ordered) {
    if (news.length >= newLeftToday) break;
    if (!take(question)) continue;
    news.push({
      key: question.key,
      kind: "new",
      card: cards.get(question.key) ?? newCardState(question.key, now),
      question,
      overdueMs: 0,
    });
  }

  return {
    day,
    items: [...takenReviews, ...news],
    counts: { review: takenReviews.length, new: news.length, total: takenReviews.length + news.length },
    newIntroducedToday: introduced,
    newLeftToday,
    later,
    ...(budget !== Infinity ? { budget: { minutesPerDay: budget, usedToday, queued } } : {}),
    heldBack: reviews.length - takenReviews.length,
  };
}
