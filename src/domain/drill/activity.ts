/**
 * Streaks, the daily goal and the activity heatmap, computed from review logs. Days are local
 * drill days (see `day-clock.ts`); "today" is always passed in.
 */
import type { ReviewLogRecord } from "./card-state";
import { addDays, dayKey, daysInRange, type DayClock, type DayKey } from "./day-clock";

type Reviewed = Pick<ReviewLogRecord, "key" | "review">;

/** The set of days on which at least one review was logged. */
export function activityDays(logs: Iterable<Reviewed>, clock: DayClock = {}): Set<DayKey> {
  const days = new Set<DayKey>();
  for (const log of logs) days.add(dayKey(log.review, clock));
  return days;
}

/**
 * The current streak: the number of consecutive active days ending today, or ending yesterday
 * when today has no activity yet (the streak is still alive until today ends). 0 when neither
 * today nor yesterday was active.
 */
export function streak(activityDays: Iterable<DayKey>, today: DayKey): number {
  const active = new Set(activityDays);
  let day = active.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (active.has(day)) {
    n += 1;
    day = addDays(day, -1);
  }
  return n;
}

/** The longest run of consecutive active days ever (0 with no activity). */
export function longestStreak(activityDays: Iterable<DayKey>): number {
  const active = new Set(activityDays);
  let best = 0;
  for (const day of active) {
    if (active.has(addDays(day, -1))) continue; // not the start of a run
    let n = 1;
    while (active.has(addDays(day, n))) n += 1;
    best = Math.max(best, n);
  }
  return best;
}

/** Progress towards the daily goal. */
export interface DailyGoalProgress {
  /** Distinct questions reviewed on the day. */
  done: number;
  goal: number;
  remaining: number;
  /** done / goal, capped at 1 (1 when the goal is 0). */
  fraction: number;
  met: boolean;
}

/**
 * Progress towards a goal of `goal` questions on `today`: the number of distinct questions with
 * at least one review logged that day (answering the same question twice after Again counts once).
 */
export function dailyGoalProgress(
  logs: Iterable<Reviewed>,
  goal: number,
  today: DayKey,
  clock: DayClock = {},
): DailyGoalProgress {
  const keys = new Set<string>();
  for (const log of logs) if (dayKey(log.review, clock) === today) keys.add(log.key);
  const target = Math.max(0, Math.floor(goal));
  const done = keys.size;
  return {
    done,
    goal: target,
    remaining: Math.max(0, target - done),
    fraction: target === 0 ? 1 : Math.min(1, done / target),
    met: done >= target,
  };
}

/** One cell of the activity calendar. */
export interface HeatmapDay {
  day: DayKey;
  /** Reviews logged that day (every rating counts, including repeats after Again). */
  count: number;
}

/**
 * Per-day review counts for a calendar heatmap: one entry for every day from `from` to `to`
 * (both included, oldest first), zero for days without activity; logs outside the range are ignored.
 */
export function activityHeatmap(
  logs: Iterable<Reviewed>,
  from: DayKey,
  to: DayKey,
  clock: DayClock = {},
): HeatmapDay[] {
  const counts = new Map<DayKey, number>();
  for (const log of logs) {
    const day = dayKey(log.review, clock);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return daysInRange(from, to).map((day) => ({ day, count: counts.get(day) ?? 0 }));
}
