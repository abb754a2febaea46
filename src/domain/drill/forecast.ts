/**
 * Looking ahead: how many reviews fall due on each of the coming days (the review forecast), and
 * which questions a "review ahead" custom study session would take. Pure: cards and `now` are
 * passed in.
 */
import type { CardState } from "./card-state";
import { addDays, dayKey, daysInRange, type DayClock, type DayKey } from "./day-clock";

/** Reviews falling due on one day. */
export interface ForecastDay {
  day: DayKey;
  count: number;
}

/**
 * Reviews due on each of the `days` days from today (today first). Today's count includes every
 * card already overdue; cards never reviewed (`new`) are not reviews and are left out. Only cards
 * whose key is in `keys` count, when given (e.g. the questions of the enabled packs).
 */
export function reviewForecast(
  cards: readonly CardState[],
  now: number,
  days: number,
  clock: DayClock = {},
  keys?: ReadonlySet<string>,
): ForecastDay[] {
  const today = dayKey(now, clock);
  const range = daysInRange(today, addDays(today, Math.max(1, Math.floor(days)) - 1));
  const counts = new Map(range.map((d) => [d, 0]));
  for (const card of cards) {
    if (card.phase === "new" || (keys && !keys.has(card.key))) continue;
    const due = dayKey(card.due, clock);
    const day = due < today ? today : due;
    if (counts.has(day)) counts.set(day, counts.get(day)! + 1);
  }
  return range.map((day) => ({ day, count: counts.get(day)! }));
}

/**
 * The questions of a "review ahead" session: cards in review that fall due after today and within
 * `days` days, soonest first (then by key), at most `limit`. Reviewing early is allowed by FSRS
 * (it lengthens the interval less than an on-time review would). Only keys in `keys` when given.
 */
export function reviewAheadKeys(
  cards: readonly CardState[],
  now: number,
  days: number,
  limit: number,
  clock: DayClock = {},
  keys?: ReadonlySet<string>,
): string[] {
  const today = dayKey(now, clock);
  const last = addDays(today, Math.max(1, Math.floor(days)));
  return cards
    .filter((c) => c.phase === "review" && (!keys || keys.has(c.key)))
    .filter((c) => {
      const d = dayKey(c.due, clock);
      return d > today && d <= last;
    })
    .sort((a, b) => a.due - b.due || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, Math.max(0, Math.floor(limit)))
    .map((c) => c.key);
}
