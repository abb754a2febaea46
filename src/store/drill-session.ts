/**
 * The daily drill as the screens use it: today's queue built from the enabled packs and the stored
 * cards and logs, rating a card (schedule + save), and walking the session through the queue.
 * Every function takes `now` (and the user's day clock): only the UI reads the real clock.
 */
import {
  activityDays,
  buildDailyQueue,
  dayKey,
  streak,
  newCardState,
  reviewAheadKeys,
  scheduler,
  type CardState,
  type DailyQueue,
  type DayClock,
  type DrillQuestion,
  type DrillRating,
  type ReviewLogRecord,
  type ReviewOutcome,
} from "../domain/drill";
import type { Pack } from "../domain/packs/pack-schema";
import { parseQuestionKey, questionKey } from "../domain/packs/question-key";
import { href } from "../lib/router/hash-router";
import { getCard, listCards, listReviewLogs, saveReview, undoReview } from "./drill-repo";
import { isFocusedSession, type DrillExtra, type DrillSession, type DrillSettings } from "./drill-slice";
import { useAppStore } from "./index";

export { listCards, listReviewLogs, getCard } from "./drill-repo";

/** The browser's day clock at `now` (its UTC offset; days start at midnight). */
export function localDayClock(now: number): DayClock {
  return { utcOffsetMinutes: -new Date(now).getTimezoneOffset() };
}

/** Every question of `packs` as a drill question, in pack order: written and design answers are
 * the long written items a day holds only one of. */
export function drillQuestions(packs: readonly Pack[]): DrillQuestion[] {
  return packs.flatMap((p) =>
    p.questions.map((q) => ({
      key: questionKey(p.id, q.id),
      packId: p.id,
      category: q.category,
      minutes: q.estimatedMinutes,
      ...(q.kind === "written" || q.kind === "design" ? { longWritten: true } : {}),
    })),
  );
}

/** The link that opens question `key` in the practice workspace as part of the drill session. */
export function drillQuestionHref(key: string): string {
  const parsed = parseQuestionKey(key);
  if (!parsed) return href("/drill");
  return href(`/practice/${encodeURIComponent(parsed.packId)}/${encodeURIComponent(parsed.questionId)}`, {
    drill: "1",
  });
}

/** Stored drill data. */
export interface DrillData {
  cards: CardState[];
  logs: ReviewLogRecord[];
}

export async function loadDrillData(): Promise<DrillData> {
  const [cards, logs] = await Promise.all([listCards(), listReviewLogs()]);
  return { cards, logs };
}

/**
 * Today's queue for the enabled `packs` and the drill settings, plus today's custom study
 * extension (`extra`, ignored on another day). New questions take turns by category in an order
 * that changes every day.
 */
export function todayQueue(
  packs: readonly Pack[],
  settings: DrillSettings,
  data: DrillData,
  now: number,
  clock: DayClock,
  extra: DrillExtra | null = null,
): DailyQueue {
  const day = dayKey(now, clock);
  const more = extra?.day === day ? extra : null;
  return buildDailyQueue({
    cards: data.cards,
    questions: drillQuestions(packs),
    settings: {
      ...settings,
      minutesPerDay: settings.minutesPerDay + (more?.minutes ?? 0),
      newPerDay: settings.newPerDay + (more?.newQuestions ?? 0),
    },
    reviewedToday: data.logs,
    now,
    clock,
    mixSeed: day,
  });
}

/**
 * The session's next question. A daily session moves to the first key from its position that is
 * still in the queue (answered elsewhere or removed questions are passed over); when its keys are
 * used up but the queue still has items (a card rated Again has come back), a new session over the
 * queue starts. A topic drill or custom study session (`isFocusedSession`) walks its own keys whatever the queue holds,
 * passing over keys not in `known` when given (questions of packs since removed or disabled), and
 * never rolls over into the queue. Null when nothing is left for now.
 */
export function nextInSession(
  session: DrillSession | null,
  queue: DailyQueue,
  known?: ReadonlySet<string>,
): DrillSession | null {
  if (isFocusedSession(session)) {
    for (let i = session.index; i < session.keys.length; i++)
      if (!known || known.has(session.keys[i]!)) return { ...session, index: i };
    return null;
  }
  const inQueue = new Set(queue.items.map((i) => i.key));
  if (session && session.day === queue.day) {
    for (let i = session.index; i < session.keys.length; i++)
      if (inQueue.has(session.keys[i]!)) return { ...session, index: i };
  }
  if (queue.items.length === 0) return null;
  return { day: queue.day, keys: queue.items.map((i) => i.key), index: 0 };
}

/** The current drill streak (consecutive days with a review) at `now`. */
export function currentStreak(data: DrillData, now: number, clock: DayClock): number {
  return streak(activityDays(data.logs, clock), dayKey(now, clock));
}

/** The card to rate for `key` at `now` (a fresh one for a question never drilled). */
export async function cardFor(key: string, now: number): Promise<CardState> {
  return (await getCard(key)) ?? newCardState(key, now);
}

/**
 * Rate the card `key` at `now` with the user's desired retention, save the card and its log, then
 * move the stored session on. A topic drill may rate a card before it is due (FSRS handles early
 * reviews); when its last question is rated it ends, and the drill screen gets a notice. Resolves
 * to the next session position (null: done for now), or to an error message when the rating could
 * not be saved (the session then stays where it was).
 */
export async function rateDrillCard(
  key: string,
  rating: DrillRating,
  packs: readonly Pack[],
  now: number,
  clock: DayClock,
): Promise<{ ok: true; outcome: ReviewOutcome; next: DrillSession | null } | { ok: false; message: string }> {
  const { drill, drillSession, drillExtra, setDrillSession, setDrillNotice } = useAppStore.getState();
  const stored = await getCard(key);
  const card = stored ?? newCardState(key, now);
  const outcome = scheduler({ desiredRetention: drill.desiredRetention }).applyReview(card, rating, now);
  const saved = await saveReview(outcome.card, outcome.log);
  if (!saved.ok) return saved;
  const queue = todayQueue(packs, drill, await loadDrillData(), now, clock, drillExtra);
  const day = dayKey(now, clock);
  const focused = isFocusedSession(drillSession) ? drillSession : null;
  const current = focused ?? (drillSession && drillSession.day === day ? drillSession : null);
  const moved = current ? { ...current, index: current.index + 1 } : null;
  const known = new Set(drillQuestions(packs).map((q) => q.key));
  const next = nextInSession(moved, queue, known);
  setDrillSession(next);
  useAppStore.setState({
    drillUndo: {
      key,
      rating,
      ...(stored ? { previous: stored } : {}),
      logId: saved.logId,
      session: drillSession,
    },
  });
  if (focused && !next) setDrillNotice(focusedDoneNotice(focused));
  return { ok: true, outcome, next };
}

/**
 * Take back the last rating (once): the card goes back to how it was, the rating's log is deleted
 * and the session returns to that question. Resolves to the question's drill link, or an error.
 */
export async function undoLastRating(): Promise<{ ok: true; href: string } | { ok: false; message: string }> {
  const { drillUndo, setDrillSession, setDrillNotice } = useAppStore.getState();
  if (!drillUndo) return { ok: false, message: "There is no rating to undo." };
  const r = await undoReview(drillUndo.key, drillUndo.previous, drillUndo.logId);
  if (!r.ok) return r;
  setDrillSession(drillUndo.session);
  setDrillNotice(null);
  useAppStore.setState({ drillUndo: null });
  return { ok: true, href: drillQuestionHref(drillUndo.key) };
}

/** The message shown on the drill screen when the topic drill or custom study `session` is over. */
export function focusedDoneNotice(session: DrillSession): string {
  if (session.custom !== undefined)
    return `${session.custom} finished. Each question comes back in your daily drill when it is due.`;
  const topics = (session.topics ?? []).join(", ");
  return `Topic drill finished: ${topics}. Each question comes back in your daily drill when it is due.`;
}

/** Questions a "review ahead" session takes at most. */
export const REVIEW_AHEAD_LIMIT = 10;

/**
 * Custom study after the day's drill is done. `more`: extend today by `minutes` and `newQuestions`
 * (the daily queue grows; its session goes on). `ahead`: a session over the reviews due in the
 * next `days` days, soonest first. Resolves to the first question's link and the session's size,
 * or to a message when there is nothing to study that way (nothing is changed then).
 */
export async function startCustomStudy(
  choice: { kind: "more"; minutes: number; newQuestions: number } | { kind: "ahead"; days: number },
  packs: readonly Pack[],
  now: number,
  clock: DayClock,
): Promise<{ ok: true; href: string; count: number } | { ok: false; message: string }> {
  const { drill, drillExtra, setDrillSession, setDrillNotice, setDrillExtra } = useAppStore.getState();
  const day = dayKey(now, clock);
  const data = await loadDrillData();
  if (choice.kind === "more") {
    const prev = drillExtra?.day === day ? drillExtra : null;
    const extra = {
      day,
      minutes: (prev?.minutes ?? 0) + choice.minutes,
      newQuestions: (prev?.newQuestions ?? 0) + choice.newQuestions,
    };
    const queue = todayQueue(packs, drill, data, now, clock, extra);
    const next = nextInSession(null, queue);
    if (!next)
      return {
        ok: false,
        message: "Nothing more matches your drill settings today: try reviewing ahead, or other packs.",
      };
    setDrillExtra(extra);
    setDrillSession(next);
    setDrillNotice(null);
    return { ok: true, href: drillQuestionHref(next.keys[0]!), count: next.keys.length };
  }
  const known = new Set(drillQuestions(packs).map((q) => q.key));
  const keys = reviewAheadKeys(data.cards, now, choice.days, REVIEW_AHEAD_LIMIT, clock, known);
  if (keys.length === 0)
    return { ok: false, message: `No reviews fall due in the next ${choice.days} days.` };
  const label = `Review ahead (next ${choice.days} days)`;
  setDrillSession({ day, keys, index: 0, custom: label });
  setDrillNotice(null);
  return { ok: true, href: drillQuestionHref(keys[0]!), count: keys.length };
}
