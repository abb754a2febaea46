/**
 * Topic drills in the store: start a focused drill session over the questions of a few topics
 * (from the Progress page's weakest topics or a mock report's weak topics), stop it, and describe
 * it. The session is the ordinary persisted `drillSession` with `topics` set, so the practice
 * workspace's drill panel rates it with the normal scheduler and a reload keeps the position.
 */
import { cleanTopics, dayKey, topicDrillKeys, type DayClock } from "../domain/drill";
import type { Pack } from "../domain/packs/pack-schema";
import { questionKey } from "../domain/packs/question-key";
import { listCards } from "./drill-repo";
import { drillQuestionHref, localDayClock } from "./drill-session";
import { isFocusedSession, type DrillSession } from "./drill-slice";
import { useAppStore } from "./index";
import { listAllAttempts } from "./progress-repo";

/** What `startTopicDrill` resolves to. */
export type TopicDrillStart = { ok: true; href: string; count: number } | { ok: false; message: string };

/**
 * Start a topic drill on `topics` (matched case-insensitively against each question's topics) over
 * the questions of `packs` (pass the enabled packs): up to 10 questions, due cards first, then the
 * lowest best scores, then questions never tried. The session replaces any session in progress.
 * Resolves to the link of its first question and the number of questions, or to a message for the
 * user when no question covers those topics (nothing is changed then). `clock` defaults to the
 * browser's day clock at `now`.
 */
export async function startTopicDrill(
  topics: readonly string[],
  packs: readonly Pack[],
  now: number,
  clock: DayClock = localDayClock(now),
): Promise<TopicDrillStart> {
  const chosen = cleanTopics(topics);
  if (chosen.length === 0) return { ok: false, message: "Choose at least one topic to drill." };
  const [cards, attempts] = await Promise.all([listCards(), listAllAttempts()]);
  const bestScores = new Map<string, number>();
  for (const a of attempts)
    bestScores.set(a.questionKey, Math.max(bestScores.get(a.questionKey) ?? 0, a.score));
  const questions = packs.flatMap((p) =>
    p.questions.map((q) => ({ key: questionKey(p.id, q.id), topics: q.topics })),
  );
  const keys = topicDrillKeys({ questions, topics: chosen, cards, bestScores, now });
  if (keys.length === 0)
    return { ok: false, message: `No question in your enabled packs covers ${chosen.join(", ")}.` };
  const session: DrillSession = { day: dayKey(now, clock), keys, index: 0, topics: chosen };
  const { setDrillSession, setDrillNotice } = useAppStore.getState();
  setDrillSession(session);
  setDrillNotice(null);
  return { ok: true, href: drillQuestionHref(keys[0]!), count: keys.length };
}

/** End the topic drill or custom study session in progress, if any (ratings given stay saved). */
export function stopTopicDrill(): void {
  const { drillSession, setDrillSession, setDrillNotice } = useAppStore.getState();
  if (!isFocusedSession(drillSession)) return;
  setDrillSession(null);
  setDrillNotice(
    drillSession.custom !== undefined
      ? `${drillSession.custom} stopped. Ratings you gave are saved.`
      : `Topic drill stopped: ${(drillSession.topics ?? []).join(", ")}. Ratings you gave are saved.`,
  );
}

/** "Topic drill: a, b" or the custom study's name. */
export function focusedName(session: DrillSession): string {
  return session.custom ?? `Topic drill: ${(session.topics ?? []).join(", ")}`;
}

/** "Topic drill: a, b — question i of n" (or the custom study's name) for a focused session. */
export function topicDrillLabel(session: DrillSession): string {
  const i = Math.min(session.index + 1, session.keys.length);
  return `${focusedName(session)} — question ${i} of ${session.keys.length}`;
}
