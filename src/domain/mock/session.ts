/**
 * The mock session's user actions as pure transitions: `(state, …, now) → MockStep`. Each one
 * first brings the clock up to `now` (so acting after a time-out is refused, not applied), then
 * applies the action or says why it cannot. The state is plain JSON: save it after every step.
 */
import { questionKey } from "../packs/question-key";
import { deriveSeed, seedFrom } from "../random";
import { accrueFocus, activeMs } from "./clock";
import { endCurrentSection, finishMock } from "./section-flow";
import type { SelectedSection } from "./select";
import {
  SESSION_VERSION,
  type MockAnswer,
  type MockMode,
  type MockSectionState,
  type MockState,
  type MockStep,
} from "./session-types";
import { addSubmission } from "./submissions";
import type { LoopTemplate } from "./templates";
import { tick } from "./tick";

/**
 * Start a mock at wall time `now` with the questions chosen for each section (from
 * `selectQuestions`). The first section starts immediately; `seed` is kept for the report and
 * share code, and seeds each choice question's option order (`optionSeed`); `id` defaults to `mock-<now>`. Throws a RangeError when a section of the
 * template has no selection or a question appears twice (caller bugs).
 */
export function createSession(
  template: LoopTemplate,
  selection: readonly SelectedSection[],
  mode: MockMode,
  now: number,
  opts: { id?: string; seed?: number } = {},
): MockState {
  const questions: MockState["questions"] = {};
  // Each choice question's options are shuffled by a seed recorded here (same order on reload and
  // in the report), derived from the mock's seed, or from the start time when it has none.
  const optionBase = opts.seed ?? seedFrom(now);
  const sections = template.sections.map((spec): MockSectionState => {
    const chosen = selection.find((s) => s.sectionId === spec.id);
    if (!chosen) throw new RangeError(`No questions selected for section ${spec.id}`);
    const keys = chosen.questions.map(({ packId, question: q }) => {
      const key = questionKey(packId, q.id);
      if (questions[key]) throw new RangeError(`Question ${key} is selected twice`);
      questions[key] = {
        key,
        packId,
        questionId: q.id,
        sectionId: spec.id,
        kind: q.kind,
        category: q.category,
        followUpIds: q.kind === "design" ? q.followUps.map((f) => f.id) : [],
        followUpsRevealed: false,
        draft: {},
        submissionIds: [],
        timeSpentMs: 0,
        ...(q.kind === "choice" ? { optionSeed: deriveSeed(optionBase, `options:${key}`) } : {}),
      };
      return key;
    });
    return { id: spec.id, title: spec.title, budgetMs: spec.minutes * 60_000, questionKeys: keys };
  });
  if (sections[0]) sections[0] = { ...sections[0], startedActiveMs: 0 };
  return {
    version: SESSION_VERSION,
    id: opts.id ?? `mock-${now}`,
    template: structuredClone(template),
    ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    mode,
    startedAt: now,
    lastNow: now,
    pausedAt: null,
    pausedMs: 0,
    current: 0,
    focused: sections[0]?.questionKeys[0] ?? null,
    focusSinceActiveMs: 0,
    sections,
    questions,
    submissions: {},
    warnings: [],
    finishedAt: null,
    finishedActiveMs: null,
    finishReason: null,
  };
}

/** Tick to `now`, then check the mock is running and `key` (if given) is in the current section. */
function ready(state: MockState, now: number, key?: string): MockStep {
  const t = tick(state, now);
  const refuse = (refused: string): MockStep => ({ ...t, refused });
  if (t.state.finishReason) return refuse("The mock is over.");
  if (t.state.pausedAt !== null) return refuse("The mock is paused: resume it first.");
  if (key === undefined) return t;
  const q = t.state.questions[key];
  if (!q) return refuse(`There is no question ${key} in this mock.`);
  if (q.sectionId !== t.state.sections[t.state.current]?.id)
    return refuse("That question's section is not the current one.");
  return t;
}

/** Replace the draft of question `key` (allowed while its section is current and the clock runs). */
export function saveDraft(state: MockState, key: string, draft: MockAnswer, now: number): MockStep {
  const t = ready(state, now, key);
  if (t.refused) return t;
  const q = t.state.questions[key]!;
  return {
    ...t,
    state: {
      ...t.state,
      questions: { ...t.state.questions, [key]: { ...q, draft: structuredClone(draft) } },
    },
  };
}

/** Make `key` the question being worked on; time spent is credited per focused question. */
export function focusQuestion(state: MockState, key: string, now: number): MockStep {
  const t = ready(state, now, key);
  if (t.refused) return t;
  const s = accrueFocus(t.state, activeMs(t.state, now));
  return { ...t, state: { ...s, focused: key } };
}

/**
 * Submit the current draft of `key` (after replacing it with `answer` when given). Idempotent by
 * `submissionId`: a second call with an id already recorded changes nothing and returns
 * `duplicate: true`. The first user submission of a design question reveals its follow-ups.
 */
export function submitAnswer(
  state: MockState,
  key: string,
  now: number,
  opts: { answer?: MockAnswer; submissionId?: string } = {},
): MockStep {
  if (opts.submissionId && state.submissions[opts.submissionId])
    return { state, events: [], duplicate: true };
  const drafted = opts.answer ? saveDraft(state, key, opts.answer, now) : ready(state, now, key);
  if (drafted.refused) return drafted;
  const s = drafted.state;
  const added = addSubmission(s, key, {
    answer: s.questions[key]!.draft,
    now,
    active: activeMs(s, now),
    auto: false,
    ...(opts.submissionId ? { id: opts.submissionId } : {}),
  });
  return { state: added.state, events: [...drafted.events, ...added.events] };
}

/**
 * Show the next hint of `key` (practice mode only: strict mode has no hints, as in a real
 * interview). `available` is how many hints the question has; asking past the last is refused.
 */
export function revealHint(state: MockState, key: string, available: number, now: number): MockStep {
  if (state.mode === "strict")
    return {
      state,
      events: [],
      refused: "Strict mode has no hints: you are on your own, as in a real interview.",
    };
  const t = ready(state, now, key);
  if (t.refused) return t;
  const q = t.state.questions[key]!;
  const used = q.hintsUsed ?? 0;
  if (used >= available) return { ...t, refused: "There are no more hints for this question." };
  return {
    ...t,
    state: { ...t.state, questions: { ...t.state.questions, [key]: { ...q, hintsUsed: used + 1 } } },
  };
}

/** Pause the clock (practice mode only; strict mode refuses, as a real interview would). */
export function pause(state: MockState, now: number): MockStep {
  if (state.mode === "strict")
    return { state, events: [], refused: "Strict mode has no pause: the clock runs as in a real interview." };
  const t = ready(state, now);
  if (t.refused) return t;
  const s = accrueFocus(t.state, activeMs(t.state, now));
  return { state: { ...s, pausedAt: s.lastNow }, events: [...t.events, { type: "paused" }] };
}

/** Resume a paused mock; the paused time is excluded from every countdown. */
export function resume(state: MockState, now: number): MockStep {
  if (state.pausedAt === null || state.finishReason)
    return { state, events: [], refused: "The mock is not paused." };
  const at = Math.max(now, state.lastNow);
  const pausedMs = at - state.pausedAt;
  const s: MockState = { ...state, lastNow: at, pausedAt: null, pausedMs: state.pausedMs + pausedMs };
  const t = tick(s, at);
  return { state: t.state, events: [{ type: "resumed", pausedMs }, ...t.events] };
}

/**
 * Leave the current section before its time is up: its answers are submitted as they stand and
 * its unused minutes are forfeited (the next section starts now). From the last section this
 * finishes the mock early.
 */
export function advanceSection(state: MockState, now: number): MockStep {
  const t = ready(state, now);
  if (t.refused) return t;
  // The section ran out before the click arrived: the clock already moved on, so the click must
  // not skip the section that has just started.
  if (t.state.current !== state.current) return t;
  const active = activeMs(t.state, now);
  const last = t.state.current === t.state.sections.length - 1;
  const r = last
    ? finishMock(t.state, "finished-early", active, now)
    : endCurrentSection(t.state, "advanced", active, now);
  return { state: r.state, events: [...t.events, ...r.events] };
}

/** Finish the whole mock now: every written answer is submitted as it stands. */
export function finishEarly(state: MockState, now: number): MockStep {
  if (state.finishReason) return { state, events: [], refused: "The mock is over." };
  const t = tick(state, now);
  if (t.state.finishReason) return t;
  const r = finishMock(t.state, "finished-early", activeMs(t.state, now), now);
  return { state: r.state, events: [...t.events, ...r.events] };
}
