/**
 * The daily drill as the screens use it: today's queue built from the enabled packs and the stored
 * cards and logs, rating a card (schedule + save), and walking the session through the queue.
 * Every function takes `now` (and the user's day clock): only the UI reads the real clock.
 */
import {
  buildDailyQueue,
  dayKey,
  newCardState,
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
import { getCard, listCards, listReviewLogs, saveReview } from "./drill-repo";
import type { DrillSession, DrillSettings } from "./drill-slice";
import { useAppStore } from "./index";

export { listCards, listReviewLogs, getCard } from "./drill-repo";

/** The browser's day clock at `now` (its UTC offset; days start at midnight). */
export function localDayClock(now: number): DayClock {
  return { utcOffsetMinutes: -new Date(now).getTimezoneOffset() };
}

/** Every question of `packs` as a drill question, in pack order. */
export function drillQuestions(packs: readonly Pack[]): DrillQuestion[] {
  return packs.flatMap((p) =>
    p.questions.map((q) => ({ key: questionKey(p.id, q.id), packId: p.id, category: q.category })),
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

/** Today's queue for the enabled `packs` and the drill settings. */
export function todayQueue(
  packs: readonly Pack[],
  settings: DrillSettings,
  data: DrillData,
  now: number,
  clock: DayClock,
): DailyQueue {
  return buildDailyQueue({
    cards: data.cards,
    questions: drillQuestions(packs),
    settings,
    reviewedToday: data.logs,
    now,
    clock,
  });
}

/**
 * The session's next question. A daily session moves to the first key from its position that is
 * still in the queue (answered elsewhere or removed questions are passed over); when its keys are
 * used up but the queue still has items (a card rated Again has come back), a new session over the
 * queue starts. A topic drill (`session.topics`) walks its own keys whatever the queue holds,
 * passing over keys not in `known` when given (questions of packs since removed or disabled), and
 * never rolls over into the queue. Null when nothing is left for now.
 */
export function nextInSession(
  session: DrillSession | null,
  queue: DailyQueue,
  known?: ReadonlySet<string>,
): DrillSession | null {
  if (session?.topics) {
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
  const { drill, drillSession, setDrillSession, setDrillNotice } = useAppStore.getState();
  const card = await cardFor(key, now);
  const outcome = scheduler({ desiredRetention: drill.desiredRetention }).applyReview(card, rating, now);
  const saved = await saveReview(outcome.card, outcome.log);
  if (!saved.ok) return saved;
  const queue = todayQueue(packs, drill, await loadDrillData(), now, clock);
  const day = dayKey(now, clock);
  const topicDrill = drillSession?.topics ? drillSession : null;
  const current = topicDrill ?? (drillSession && drillSession.day === day ? drillSession : null);
  const moved = current ? { ...current, index: current.index + 1 } : null;
  const known = new Set(drillQuestions(packs).map((q) => q.key));
  const next = nextInSession(moved, queue, known);
  setDrillSession(next);
  if (topicDrill && !next) setDrillNotice(topicDrillDoneNotice(topicDrill));
  return { ok: true, outcome, next };
}

/** The message shown on the drill screen when the topic drill `session` is over. */
export function topicDrillDoneNotice(session: DrillSession): string {
  const topics = (session.topics ?? []).join(", ");
  return `Topic drill finished: ${topics}. Each question comes back in your daily drill when it is due.`;
}
