/**
 * The drill scheduler: FSRS (ts-fsrs) over plain `CardState`s, with `now` always passed in.
 *
 * Drill questions take minutes each, so the short-term learning steps of a flash-card app make no
 * sense here: only **Again** keeps a card in (re)learning, bringing it back `againMinutes` later the
 * same day; Hard, Good and Easy always schedule it on day intervals chosen by FSRS. That is what
 * makes "no same-day repeats except after Again" true by construction.
 */
import {
  DefaultInitSeedStrategy,
  Grades,
  Rating,
  StrategyMode,
  fsrs,
  type FSRS,
  type TLearningStepsStrategy,
} from "ts-fsrs";
import {
  fromFsrsCard,
  fromFsrsLog,
  fromGrade,
  newCardState,
  toFsrsCard,
  toGrade,
  type CardState,
  type DrillRating,
  type ReviewLogRecord,
} from "./card-state";

/** Scheduler settings; every field is optional and defaults as documented. */
export interface SchedulerSettings {
  /** Probability of recall FSRS aims for when a card comes due; default 0.9, clamped to [0.7, 0.99]. */
  desiredRetention?: number;
  /** Longest interval in days; default 365 (interview preparation rarely plans further), at least 1. */
  maximumIntervalDays?: number;
  /** Spread long intervals randomly (±a few %) so cards learned together do not stay in lockstep;
   * default false. Even when on, the result is a function of the inputs (and `seed`), never of chance. */
  fuzz?: boolean;
  /** Extra seed mixed into the fuzz, e.g. a per-user id; default "". */
  seed?: string;
  /** Minutes until a card rated Again comes back; default 10, between 1 and 720. */
  againMinutes?: number;
}

/** When a card would come back if given `rating` now. */
export interface IntervalPreview {
  rating: DrillRating;
  /** The new due time (ms since epoch). */
  due: number;
  /** `due - now` in milliseconds. */
  intervalMs: number;
}

/** Outcome of rating a card: the card to store and the log to append. */
export interface ReviewOutcome {
  card: CardState;
  log: ReviewLogRecord;
}

/** A configured scheduler; see `scheduler()`. */
export interface DrillScheduler {
  /** The settings in force, with defaults filled in and values clamped. */
  readonly settings: Readonly<Required<SchedulerSettings>>;
  /** A fresh card for the question `key`, due at `now`. */
  newCard(key: string, now: number): CardState;
  /** When `card` would come back for each rating if answered at `now`; a better rating never comes
   * back sooner (strictly later for new and review cards, except at the maximum interval). */
  previewIntervals(card: CardState, now: number): Record<DrillRating, IntervalPreview>;
  /** Rate `card` at `now`: the rescheduled card and the review log. Does not modify `card`. A `now`
   * before the card's last review (the device clock moved back) counts as that last review time. */
  applyReview(card: CardState, rating: DrillRating, now: number): ReviewOutcome;
  /** Estimated probability (0..1) that the user still remembers `card` at `now`; 0 for a new card. */
  retrievability(card: CardState, now: number): number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const finiteOr = (x: number | undefined, fallback: number) =>
  x !== undefined && Number.isFinite(x) ? x : fallback;

/** Fill in defaults and clamp out-of-range values (settings come from a form, not from code). */
export function resolveSchedulerSettings(s: SchedulerSettings = {}): Required<SchedulerSettings> {
  return {
    desiredRetention: clamp(finiteOr(s.desiredRetention, 0.9), 0.7, 0.99),
    maximumIntervalDays: Math.round(clamp(finiteOr(s.maximumIntervalDays, 365), 1, 36_500)),
    fuzz: s.fuzz ?? false,
    seed: s.seed ?? "",
    againMinutes: Math.round(clamp(finiteOr(s.againMinutes, 10), 1, 720)),
  };
}

const DAY_MS = 86_400_000;

/**
 * ts-fsrs keeps Good above Hard and Easy above Good by a day each, which can push them past
 * `maximum_interval`; the user's maximum is a promise, so cap them (Hard = Good = Easy at the cap).
 */
function capInterval(card: CardState, now: number, maxDays: number): CardState {
  if (card.scheduledDays <= maxDays) return card;
  return { ...card, scheduledDays: maxDays, due: now + maxDays * DAY_MS };
}

/** ts-fsrs refuses a review before the last one (a clock moved back): review at the last time instead. */
function reviewTime(card: CardState, now: number): number {
  return card.lastReview !== null && now < card.lastReview ? card.lastReview : now;
}

/** Only Again gets a (re)learning step; other ratings fall through to FSRS day intervals. */
function againOnlySteps(againMinutes: number): TLearningStepsStrategy {
  return () => ({ [Rating.Again]: { scheduled_minutes: againMinutes, next_step: 0 } });
}

/**
 * Build the drill scheduler for `settings` (see `SchedulerSettings` for defaults). The result is
 * deterministic: the same card, rating and `now` always give the same schedule, with fuzz off (the
 * default) or on (ts-fsrs seeds its fuzz from the review time, the card and `settings.seed`).
 */
export function scheduler(settings: SchedulerSettings = {}): DrillScheduler {
  const resolved = resolveSchedulerSettings(settings);
  const step = `${resolved.againMinutes}m` as const;
  const max = resolved.maximumIntervalDays;
  const engine: FSRS = fsrs({
    request_retention: resolved.desiredRetention,
    maximum_interval: resolved.maximumIntervalDays,
    enable_fuzz: resolved.fuzz,
    enable_short_term: true,
    learning_steps: [step],
    relearning_steps: [step],
  }).useStrategy(StrategyMode.LEARNING_STEPS, againOnlySteps(resolved.againMinutes));
  if (resolved.seed) {
    const seed = resolved.seed;
    engine.useStrategy(StrategyMode.SEED, function () {
      return `${seed}_${DefaultInitSeedStrategy.call(this)}`;
    });
  }

  return {
    settings: resolved,
    newCard: newCardState,
    previewIntervals(card, requested) {
      const now = reviewTime(card, requested);
      const preview = engine.repeat(toFsrsCard(card), now);
      const out = {} as Record<DrillRating, IntervalPreview>;
      for (const grade of Grades) {
        const rating = fromGrade(grade);
        const next = capInterval(fromFsrsCard(card.key, preview[grade].card), now, max);
        const due = next.due;
        out[rating] = { rating, due, intervalMs: due - now };
      }
      return out;
    },
    applyReview(card, rating, requested) {
      const now = reviewTime(card, requested);
      const next = engine.next(toFsrsCard(card), now, toGrade(rating));
      return {
        card: capInterval(fromFsrsCard(card.key, next.card), now, max),
        log: fromFsrsLog(card.key, next.log),
      };
    },
    retrievability(card, now) {
      if (card.phase === "new") return 0;
      return engine.get_retrievability(toFsrsCard(card), reviewTime(card, now), false);
    },
  };
}
