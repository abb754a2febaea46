/**
 * Calendar days for streaks, daily limits and the heatmap. A day is named by its local date,
 * "YYYY-MM-DD", computed from an epoch time and a `DayClock` (the user's UTC offset and the hour
 * at which a new drill day starts), so no code here reads the machine's clock or time zone.
 */

/** How epoch times map to the user's days. */
export interface DayClock {
  /** Minutes to add to UTC to get local time (UTC+2 → 120, UTC-5 → -300). In a browser this
   * is `-new Date().getTimezoneOffset()`. Default 0. */
  utcOffsetMinutes?: number;
  /** Local hour (0-23) at which a new day starts, so a late-night session still counts for the
   * evening it began in; default 0 (midnight). */
  dayStartHour?: number;
}

/** A local date, "YYYY-MM-DD". */
export type DayKey = string;

const MINUTE = 60_000;
const DAY = 86_400_000;

function shiftMs(clock: DayClock): number {
  return ((clock.utcOffsetMinutes ?? 0) - (clock.dayStartHour ?? 0) * 60) * MINUTE;
}

function isoDate(utcMs: number): DayKey {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function parseDay(day: DayKey): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(ms)) throw new RangeError(`Not a day: ${day}`);
  return ms;
}

/** The drill day `ms` (epoch milliseconds) falls in, for `clock`. */
export function dayKey(ms: number, clock: DayClock = {}): DayKey {
  return isoDate(ms + shiftMs(clock));
}

/** The day `n` days after `day` (before, for negative `n`). */
export function addDays(day: DayKey, n: number): DayKey {
  return isoDate(parseDay(day) + n * DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((parseDay(to) - parseDay(from)) / DAY);
}

/** The epoch time at which `day` starts for `clock` (its end is the next day's start). */
export function dayStartMs(day: DayKey, clock: DayClock = {}): number {
  return parseDay(day) - shiftMs(clock);
}

/** Every day from `from` to `to`, both included (empty when `to` is before `from`). */
export function daysInRange(from: DayKey, to: DayKey): DayKey[] {
  const n = daysBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(from, i));
}
