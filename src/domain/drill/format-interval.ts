/** Human-readable lengths of time for the rating buttons ("10 min", "3 days", "1.5 months"). */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** One decimal below 10, whole numbers above ("1.5", "12"). */
function short(n: number): number {
  return n < 10 ? Math.round(n * 10) / 10 : Math.round(n);
}

/**
 * Format a duration for display next to a rating: under a minute "now", then "N min" (< 1 h),
 * "N h" (< 1 day), "N day(s)" (< 31 days), "N month(s)" (< 365 days, 30-day months, one
 * decimal below 10), else "N year(s)" (365-day years). Negative durations format as "now".
 */
export function formatInterval(ms: number): string {
  if (!Number.isFinite(ms) || ms < MINUTE) return "now";
  if (ms < HOUR) return `${Math.max(1, Math.min(59, Math.round(ms / MINUTE)))} min`;
  if (ms < DAY) return `${Math.min(23, Math.round(ms / HOUR))} h`;
  const days = Math.round(ms / DAY);
  if (days < 31) return plural(days, "day");
  if (days < 365) return plural(short(days / 30), "month");
  return plural(short(days / 365), "year");
}
