/**
 * Recording submissions. A submission snapshots the answer as it stands; its id makes it
 * idempotent (recording the same id twice changes nothing). Follow-ups of a design question are
 * revealed by its first submission made by the user.
 */
import type { AutoSubmission, MockAnswer, MockEvent, MockState } from "./session-types";

/** Whether an answer has nothing in it (no text, no choice, no non-blank part or step). */
export function isEmptyAnswer(a: MockAnswer): boolean {
  return (
    !(a.text ?? "").trim() &&
    !(a.choices ?? []).length &&
    !Object.values(a.parts ?? {}).some((p) => p.trim() !== "") &&
    !Object.values(a.steps ?? {}).some((s) => (s.text ?? "").trim() !== "" || (s.choices ?? []).length > 0)
  );
}

const byKey = <T>(entries: [string, T][]) => entries.sort(([x], [y]) => (x < y ? -1 : 1));

const canonical = (a: MockAnswer) =>
  JSON.stringify({
    text: a.text ?? "",
    choices: [...(a.choices ?? [])].sort(),
    parts: byKey(Object.entries(a.parts ?? {}).filter(([, v]) => v !== "")),
    steps: byKey(
      Object.entries(a.steps ?? {})
        .map(([id, s]): [string, [string, string[]]] => [id, [s.text ?? "", [...(s.choices ?? [])].sort()]])
        .filter(([, [text, choices]]) => text !== "" || choices.length > 0),
    ),
  });

/** Whether two answers are the same (order of choices and of parts ignored). */
export function sameAnswer(a: MockAnswer, b: MockAnswer): boolean {
  return canonical(a) === canonical(b);
}

/** The id the n-th (1-based) submission of a question gets when the caller supplies none. */
export function submissionIdFor(questionKey: string, n: number): string {
  return `${questionKey}#${n}`;
}

/** Add a submission (the caller has checked it is allowed). Returns the state and its events. */
export function addSubmission(
  state: MockState,
  key: string,
  opts: { answer: MockAnswer; now: number; active: number; auto: boolean; id?: string },
): { state: MockState; events: MockEvent[]; id: string } {
  const q = state.questions[key];
  if (!q) throw new RangeError(`No question ${key} in this mock`);
  const id = opts.id ?? submissionIdFor(key, q.submissionIds.length + 1);
  const events: MockEvent[] = [{ type: "submitted", questionKey: key, submissionId: id, auto: opts.auto }];
  const reveal = !opts.auto && !q.followUpsRevealed && q.followUpIds.length > 0;
  if (reveal) events.push({ type: "follow-ups-revealed", questionKey: key, followUpIds: [...q.followUpIds] });
  const answer = structuredClone(opts.answer);
  return {
    id,
    events,
    state: {
      ...state,
      questions: {
        ...state.questions,
        [key]: {
          ...q,
          submissionIds: [...q.submissionIds, id],
          followUpsRevealed: q.followUpsRevealed || reveal,
        },
      },
      submissions: {
        ...state.submissions,
        [id]: { id, questionKey: key, answer, at: opts.now, activeMs: opts.active, auto: opts.auto },
      },
    },
  };
}

/** The latest submission id of a question, if any. */
export function latestSubmissionId(state: MockState, key: string): string | undefined {
  return state.questions[key]?.submissionIds.at(-1);
}

/**
 * Submit, as they stand, the answers of `keys` that have something written and differ from
 * their latest submission. Untouched questions are left unanswered rather than graded empty.
 */
export function autoSubmit(
  state: MockState,
  keys: readonly string[],
  now: number,
  active: number,
): { state: MockState; events: MockEvent[]; autoSubmitted: AutoSubmission[] } {
  let s = state;
  const events: MockEvent[] = [];
  const autoSubmitted: AutoSubmission[] = [];
  for (const key of keys) {
    const q = s.questions[key];
    if (!q || isEmptyAnswer(q.draft)) continue;
    const last = latestSubmissionId(s, key);
    const prev = last ? s.submissions[last] : undefined;
    if (prev && sameAnswer(prev.answer, q.draft)) continue;
    const added = addSubmission(s, key, { answer: q.draft, now, active, auto: true });
    s = added.state;
    events.push(...added.events);
    autoSubmitted.push({ questionKey: key, submissionId: added.id });
  }
  return { state: s, events, autoSubmitted };
}
