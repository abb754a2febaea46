/**
 * Display helpers of the mock report screen: percentages, durations, and the words for
 * outcomes, hire signals, finish reasons and modes (always shown as text, colour is extra).
 */
import type { HireSignal } from "../../../domain/grading/rubric";
import { formatDuration } from "../../../components/labels/duration";
import { getTemplate, type FinishReason, type MockMode, type QuestionOutcome } from "../../../domain/mock";

/** 0.555 → "56%". */
export const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A duration for people: "0 s", "45 s", "3 min", "12 min 30 s", "1 h 5 min" (the app's one format). */
export const duration = formatDuration;

export const OUTCOME_LABEL: Record<QuestionOutcome, string> = {
  pass: "Passed",
  fail: "Failed",
  error: "Error",
  pending: "Not graded",
  unanswered: "Unanswered",
};

/** "strong no hire" → "Strong no hire"; no signal (too little evidence) → "None". */
export const signalLabel = (s: HireSignal | null) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : "None");

/** A CSS class per signal, from negative to positive. */
export const signalClass = (s: HireSignal | null) => `signal signal-${s ? s.replace(/ /g, "-") : "none"}`;

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
