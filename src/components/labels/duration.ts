/**
 * One way to say how long something took, everywhere (attempt history, Progress, mock report):
 * "0 s", "3 s", "45 s", "3 min", "12 min 30 s", "1 h 5 min". Never rounds a few seconds up to a
 * minute or down to zero.
 */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  if (m === 0) return `${s} s`;
  return s ? `${m} min ${s} s` : `${m} min`;
}

/** "1 attempt", "3 attempts": a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
