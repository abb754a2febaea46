/**
 * The clock's transition: bring a session up to wall time `now`. Ends sections whose budget ran
 * out (auto-submitting their answers as they stand), finishes the mock when the loop's time is
 * up, credits focus time, and emits each 5-minute and 1-minute warning once.
 */
import { accrueFocus, activeMs, timing } from "./clock";
import { endCurrentSection, finishMock, sectionDeadline } from "./section-flow";
import type { AutoSubmission, MockEvent, MockState, MockStep } from "./session-types";

const MINUTE = 60_000;
const THRESHOLDS = [1, 5] as const;

function warn(
  state: MockState,
  scope: "loop" | "section",
  sectionId: string,
  budgetMs: number,
  remainingMs: number,
): { warnings: string[]; event?: MockEvent } {
  const base = scope === "loop" ? "loop" : `section:${sectionId}`;
  const warnings = [...state.warnings];
  // Most urgent first: crossing both thresholds at once (e.g. after a reload) warns once, at 1.
  for (const minutes of THRESHOLDS) {
    const id = `${base}:${minutes}`;
    if (remainingMs > minutes * MINUTE || budgetMs <= minutes * MINUTE || warnings.includes(id)) continue;
    const silenced = THRESHOLDS.filter((m) => m >= minutes).map((m) => `${base}:${m}`);
    for (const w of silenced) if (!warnings.includes(w)) warnings.push(w);
    return { warnings, event: { type: "warning", scope, sectionId, minutesLeft: minutes, remainingMs } };
  }
  return { warnings };
}

/**
 * Advance `state` to wall time `now` (ms). Idempotent for the same `now`, and a no-op while
 * paused or after the finish. Several sections may end in one call (a reload after a long
 * absence): each gets a `section-ended` event with its auto-submissions, measured against its
 * own deadline, not `now`. Warnings: the loop at 5 and 1 minutes left, and each section but
 * the last (whose countdown equals the loop's) at 5 and 1 minutes left when its budget is
 * longer than that; each warning id is recorded in `state.warnings` and never emitted again.
 */
export function tick(state: MockState, now: number): MockStep {
  if (state.finishReason !== null) return { state, events: [] };
  let s: MockState = { ...state, lastNow: Math.max(state.lastNow, now) };
  if (s.pausedAt !== null) return { state: s, events: [] };
  const active = activeMs(s, now);
  const events: MockEvent[] = [];
  const auto: AutoSubmission[] = [];
  while (sectionDeadline(s) <= active) {
    const deadline = sectionDeadline(s);
    if (s.current === s.sections.length - 1) {
      const done = finishMock(s, "time-up", deadline, now, auto);
      return { state: done.state, events: [...events, ...done.events] };
    }
    const ended = endCurrentSection(s, "time-up", deadline, now);
    s = ended.state;
    events.push(...ended.events);
    auto.push(...ended.autoSubmitted);
  }
  s = accrueFocus(s, active);
  const t = timing(s, now);
  const loop = warn(s, "loop", t.sectionId, t.loopBudgetMs, t.loopRemainingMs);
  s = { ...s, warnings: loop.warnings };
  if (loop.event) events.push(loop.event);
  if (s.current < s.sections.length - 1) {
    const sec = warn(s, "section", t.sectionId, t.sectionBudgetMs, t.sectionRemainingMs);
    s = { ...s, warnings: sec.warnings };
    if (sec.event) events.push(sec.event);
  }
  return { state: s, events };
}
