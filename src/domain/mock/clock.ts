/**
 * Time derived from wall-clock timestamps. "Active" time is wall time since the start minus
 * paused time; every countdown is a budget minus active time, so a reload (or a laptop waking
 * up) shows the right clock without any timer having run.
 */
import type { MockState } from "./session-types";

/** Remaining and elapsed times at a given moment, all in ms. */
export interface MockTiming {
  activeMs: number;
  loopBudgetMs: number;
  loopRemainingMs: number;
  sectionId: string;
  sectionBudgetMs: number;
  sectionElapsedMs: number;
  sectionRemainingMs: number;
  paused: boolean;
  finished: boolean;
}

/** Active (unpaused) ms since the start at wall time `now`; frozen once the mock is finished. */
export function activeMs(state: MockState, now: number): number {
  if (state.finishedActiveMs !== null) return state.finishedActiveMs;
  const t = Math.max(now, state.lastNow);
  const pausing = state.pausedAt === null ? 0 : Math.max(0, t - state.pausedAt);
  return Math.max(0, t - state.startedAt - state.pausedMs - pausing);
}

/** Wall-clock ms at which the active clock read `active` (assuming no pause since). */
export function wallAt(state: MockState, active: number): number {
  return state.startedAt + state.pausedMs + active;
}

/** Active ms at which the current section started (the mock's start for the first section). */
export function sectionStart(state: MockState): number {
  return state.sections[state.current]?.startedActiveMs ?? 0;
}

/**
 * The countdowns at wall time `now` without changing anything: the whole loop (the current
 * section's remaining time plus the budgets of the sections after it) and the current section.
 * A section left early forfeits its unused minutes, as in a real loop. Call `tick` to apply
 * time-outs and get warnings; this is the read-only view for rendering.
 */
export function timing(state: MockState, now: number): MockTiming {
  const active = activeMs(state, now);
  const section = state.sections[state.current];
  const budget = section?.budgetMs ?? 0;
  const elapsed = Math.max(0, active - sectionStart(state));
  const sectionRemainingMs = state.finishReason ? 0 : Math.max(0, budget - elapsed);
  const later = state.sections.slice(state.current + 1).reduce((sum, s) => sum + s.budgetMs, 0);
  return {
    activeMs: active,
    loopBudgetMs: state.sections.reduce((sum, s) => sum + s.budgetMs, 0),
    loopRemainingMs: state.finishReason ? 0 : sectionRemainingMs + later,
    sectionId: section?.id ?? "",
    sectionBudgetMs: budget,
    sectionElapsedMs: Math.min(elapsed, budget),
    sectionRemainingMs,
    paused: state.pausedAt !== null,
    finished: state.finishReason !== null,
  };
}

/** Credit the focused question with the active time since it got focus, up to `active`. */
export function accrueFocus(state: MockState, active: number): MockState {
  const key = state.focused;
  const q = key ? state.questions[key] : undefined;
  const delta = Math.max(0, active - state.focusSinceActiveMs);
  if (!key || !q || delta === 0)
    return { ...state, focusSinceActiveMs: Math.max(active, state.focusSinceActiveMs) };
  return {
    ...state,
    focusSinceActiveMs: active,
    questions: { ...state.questions, [key]: { ...q, timeSpentMs: q.timeSpentMs + delta } },
  };
}
