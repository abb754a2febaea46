/**
 * Display helpers of the mock report screen: percentages, durations, and the words for
 * outcomes, hire signals, finish reasons and modes (always shown as text, colour is extra).
 */
import type { HireSignal } from "../../../domain/grading/rubric";
import { getTemplate, type FinishReason, type MockMode, type QuestionOutcome } from "../../../domain/mock";

/** 0.555 → "56%". */
export const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A duration for people: "0 s", "45 s", "3 min", "12 min 30 s", "1 h 5 min". */
export function duration(ms: number): string {
  const totalSeconds = Math.round(Math.max(0, ms) / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return m ? `${h} h ${m} min` : `${h} h`;
  if (m === 0) return `${s} s`;
  return s ? `${m} min ${s} s` : `${m} min`;
}

export const OUTCOME_LABEL: Record<QuestionOutcome, string> = {
  pass: "Passed",
  fail: "Failed",
  error: "Error",
  pending: "Not graded",
  unanswered: "Unanswered",
};

/** "strong no hire" → "Strong no hire". */
export const signalLabel = (s: HireSignal) => s.charAt(0).toUpperCase() + s.slice(1);

/** A CSS class per signal, from negative to positive. */
export const signalClass = (s: HireSignal) => `signal signal-${s.replace(/ /g, "-")}`;

export function finishLabel(reason: FinishReason | null): string {
  if (reason === "time-up") return "Time ran out";
  if (reason === "finished-early") return "Finished early";
  return "Not finished";
}

export const MODE_LABEL: Record<MockMode, string> = {
  strict: "Strict (no hints, no pauses)",
  practice: "Practice (hints and pauses allowed)",
};

/** The title of a loop template id ("custom" and unknown ids read as a custom loop). */
export const loopTitle = (templateId: string) => getTemplate(templateId)?.title ?? "Custom loop";

/** "5 Jan 2026, 09:00" in the user's locale. */
export const when = (at: number) =>
  new Date(at).toLocaleString([], {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });

/** A short chart label: "5 Jan, 09:00". */
export const whenShort = (at: number) =>
  new Date(at).toLocaleString([], { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** `mle-dojo-mock-2026-01-05.<ext>`, dated by the mock's local finish (or start) day. */
export function exportFileName(at: number, ext: "md" | "json"): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, "0");
  return `mle-dojo-mock-${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}.${ext}`;
}
