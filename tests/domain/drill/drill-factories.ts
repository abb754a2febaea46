/** Fixed dates and small factories for the drill tests (no real clock anywhere). */
import type { DrillQuestion, ReviewLogRecord } from "../../../src/domain/drill";

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const DAY = 24 * HOUR;

/** 2026-03-<day> at <hour>:<minute> UTC, as epoch ms. */
export function at(day: number, hour = 9, minute = 0): number {
  return Date.UTC(2026, 2, day, hour, minute);
}

/** Questions `pack/q1..qn` in category `category`. */
export function questions(pack: string, n: number, category = "coding"): DrillQuestion[] {
  return Array.from({ length: n }, (_, i) => ({ key: `${pack}/q${i + 1}`, packId: pack, category }));
}

/** A minimal review log (only the fields activity functions read are meaningful). */
export function logAt(key: string, review: number, extra: Partial<ReviewLogRecord> = {}): ReviewLogRecord {
  return {
    key,
    rating: "good",
    review,
    phase: "review",
    due: review,
    stability: 1,
    difficulty: 5,
    elapsedDays: 1,
    scheduledDays: 1,
    learningSteps: 0,
    ...extra,
  };
}
