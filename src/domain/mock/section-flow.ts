/**
 * Ending sections and the mock itself. Shared by the clock (`tick`: time-outs) and by the
 * user's actions (leaving a section early, finishing early).
 */
import { accrueFocus, sectionStart, wallAt } from "./clock";
import { autoSubmit, isEmptyAnswer } from "./submissions";
import type { AutoSubmission, FinishReason, MockEvent, MockSectionState, MockState } from "./session-types";

export interface FlowResult {
  state: MockState;
  events: MockEvent[];
  autoSubmitted: AutoSubmission[];
}

/**
 * End the current section at active time `endActive`: credit focus time, auto-submit its
 * answers as they stand, and (unless it was the last) start the next section at `endActive`.
 */
export function endCurrentSection(
  state: MockState,
  reason: NonNullable<MockSectionState["endReason"]>,
  endActive: number,
  now: number,
): FlowResult {
  let s = accrueFocus(state, endActive);
  const section = s.sections[s.current];
  if (!section) return { state: s, events: [], autoSubmitted: [] };
  const sub = autoSubmit(s, section.questionKeys, now, endActive);
  s = sub.state;
  const events: MockEvent[] = [
    ...sub.events,
    { type: "section-ended", sectionId: section.id, reason, autoSubmitted: sub.autoSubmitted },
  ];
  const sections = s.sections.map((x, i) =>
    i === s.current ? { ...x, endedActiveMs: endActive, endReason: reason } : x,
  );
  const next = sections[s.current + 1];
  if (!next) return { state: { ...s, sections }, events, autoSubmitted: sub.autoSubmitted };
  sections[s.current + 1] = { ...next, startedActiveMs: endActive };
  events.push({ type: "section-started", sectionId: next.id });
  return {
    state: {
      ...s,
      sections,
      current: s.current + 1,
      focused: next.questionKeys[0] ?? null,
      focusSinceActiveMs: endActive,
    },
    events,
    autoSubmitted: sub.autoSubmitted,
  };
}

/**
 * Finish the mock at active time `endActive`: end the current section (auto-submitting it) and
 * mark the remaining sections as ended too. Emits `finished` listing every auto-submission and
 * the questions left unanswered.
 */
export function finishMock(
  state: MockState,
  reason: FinishReason,
  endActive: number,
  now: number,
  earlier: AutoSubmission[] = [],
): FlowResult {
  const sectionReason: NonNullable<MockSectionState["endReason"]> =
    reason === "time-up" ? "time-up" : "finished-early";
  const ended = endCurrentSection(state, sectionReason, endActive, now);
  let s = ended.state;
  // endCurrentSection moved to the next section (if any); close every section still open.
  const sections = s.sections.map((x) =>
    x.endedActiveMs === undefined
      ? {
          ...x,
          startedActiveMs: x.startedActiveMs ?? endActive,
          endedActiveMs: endActive,
          endReason: sectionReason,
        }
      : x,
  );
  const unanswered = Object.values(s.questions)
    .filter((q) => q.submissionIds.length === 0 && isEmptyAnswer(q.draft))
    .map((q) => q.key);
  const events = ended.events.filter((e) => e.type !== "section-started");
  const autoSubmitted = [...earlier, ...ended.autoSubmitted];
  s = {
    ...s,
    sections,
    current: state.current,
    focused: null,
    pausedAt: null,
    finishedAt: reason === "time-up" ? Math.min(now, wallAt(s, endActive)) : now,
    finishedActiveMs: endActive,
    finishReason: reason,
  };
  events.push({ type: "finished", reason, autoSubmitted, unanswered });
  return { state: s, events, autoSubmitted };
}

/** Active ms at which the current section's budget runs out. */
export function sectionDeadline(state: MockState): number {
  return sectionStart(state) + (state.sections[state.current]?.budgetMs ?? 0);
}
