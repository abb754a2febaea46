/**
 * Drill cards and review logs as plain, JSON-safe data (times are epoch milliseconds), with the
 * zod schemas that validate them when read back from storage or a backup, and the conversions
 * to and from ts-fsrs's `Card` and `ReviewLog` (which use `Date` and numeric enums). Every card
 * is keyed by `questionKey(packId, questionId)`, so a pack update never scrambles a schedule.
 */
import { Rating, State, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import { z } from "zod";

/** The four answers a user can give, worst first (ts-fsrs's Again, Hard, Good, Easy). */
export const DRILL_RATINGS = ["again", "hard", "good", "easy"] as const;
export type DrillRating = (typeof DRILL_RATINGS)[number];

/** Where a card is in its life: never seen, in short (re)learning steps, or on day intervals. */
export const CARD_PHASES = ["new", "learning", "review", "relearning"] as const;
export type CardPhase = (typeof CARD_PHASES)[number];

const Ms = z.number().int().nonnegative();
const NonNegative = z.number().finite().nonnegative();
const Count = z.number().int().nonnegative();

/** Schema of a stored card (the source of the `CardState` type). */
export const CardStateSchema = z.object({
  /** questionKey(packId, questionId). */
  key: z.string().min(3),
  phase: z.enum(CARD_PHASES),
  /** When the card is next due (ms since epoch). */
  due: Ms,
  stability: NonNegative,
  difficulty: NonNegative,
  scheduledDays: Count,
  learningSteps: Count,
  reps: Count,
  lapses: Count,
  /** When it was last reviewed (ms since epoch), null if never. */
  lastReview: Ms.nullable(),
});
export type CardState = z.infer<typeof CardStateSchema>;

/** Schema of a stored review log: one rating given to one card. Card fields are as before it. */
export const ReviewLogRecordSchema = z.object({
  key: z.string().min(3),
  rating: z.enum(DRILL_RATINGS),
  /** When the rating was given (ms since epoch). */
  review: Ms,
  /** Phase of the card before this review (`new` means the question was introduced here). */
  phase: z.enum(CARD_PHASES),
  /** The card's due time before this review (its last review time once it had one). */
  due: Ms,
  stability: NonNegative,
  difficulty: NonNegative,
  /** Days since the previous review (negative only if the clock went backwards). */
  elapsedDays: z.number().int(),
  scheduledDays: Count,
  learningSteps: Count,
});
export type ReviewLogRecord = z.infer<typeof ReviewLogRecordSchema>;

const PHASE_OF: Record<State, CardPhase> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};
const STATE_OF: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const GRADE_OF: Record<DrillRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** The ts-fsrs grade for a drill rating. */
export function toGrade(rating: DrillRating): Grade {
  return GRADE_OF[rating];
}

/** The drill rating for a ts-fsrs grade (Manual, which drills never produce, is refused). */
export function fromGrade(grade: Rating): DrillRating {
  const rating = DRILL_RATINGS[grade - 1];
  if (grade === Rating.Manual || !rating) throw new RangeError(`Not a drill rating: ${grade}`);
  return rating;
}

/** A card for a question never drilled before, due at `now`. */
export function newCardState(key: string, now: number): CardState {
  return {
    key,
    phase: "new",
    due: now,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
  };
}

/**
 * The ts-fsrs `Card` for a stored card. ts-fsrs's deprecated `elapsed_days` is not stored: the
 * scheduler recomputes it from `last_review` at every review, so it is set to 0 here.
 */
export function toFsrsCard(card: CardState): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_OF[card.phase],
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

/** The storable form of a ts-fsrs `Card`, keyed by `key`. */
export function fromFsrsCard(key: string, card: Card): CardState {
  return {
    key,
    phase: PHASE_OF[card.state],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** The storable form of a ts-fsrs `ReviewLog` for the card `key`. */
export function fromFsrsLog(key: string, log: ReviewLog): ReviewLogRecord {
  return {
    key,
    rating: fromGrade(log.rating),
    review: log.review.getTime(),
    phase: PHASE_OF[log.state],
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
  };
}

/** Validate a card read from storage or a backup; undefined when it is not a card. */
export function parseCardState(value: unknown): CardState | undefined {
  const parsed = CardStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Validate a review log read from storage or a backup; undefined when it is not one. */
export function parseReviewLog(value: unknown): ReviewLogRecord | undefined {
  const parsed = ReviewLogRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
