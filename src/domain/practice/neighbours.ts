/**
 * Where to go after a verdict without going back to the list: the next question, a similar one
 * (sharing a topic) and a random one. Pure: the packs, best scores and the random generator are
 * passed in.
 */
import type { Pack } from "../packs";
import { questionKey } from "../packs/question-key";
import type { Rng } from "../random";
import { statusOf, type QuestionRef } from "./question-filter";

export interface Neighbours {
  /** The next question in list order (pack order, wrapping around), unsolved ones first. */
  next?: QuestionRef;
  /** The question sharing most topics (same category breaks ties), unsolved first, and the
   * topic it shares. */
  similar?: QuestionRef & { topic: string };
  /** A random other question, unsolved ones first. */
  random?: QuestionRef;
}

/**
 * The next, a similar and a random question after `current` over the questions of `packs`. A
 * question is "solved" when its best score is 1 (`bestScores` by question key); solved questions
 * are offered only when every other question is solved too. None is `current` itself.
 */
export function questionNeighbours(
  packs: readonly Pack[],
  current: { packId: string; questionId: string },
  bestScores: ReadonlyMap<string, number>,
  rng: Rng,
): Neighbours {
  const all: QuestionRef[] = packs.flatMap((p) =>
    p.questions.map((question) => ({ packId: p.id, question })),
  );
  const at = all.findIndex((r) => r.packId === current.packId && r.question.id === current.questionId);
  const others = at < 0 ? all : [...all.slice(at + 1), ...all.slice(0, at)];
  if (others.length === 0) return {};
  const solved = (r: QuestionRef) =>
    statusOf(bestScores.get(questionKey(r.packId, r.question.id))) === "solved";
  const open = others.filter((r) => !solved(r));
  const pool = open.length ? open : others;

  const me = at >= 0 ? all[at]!.question : undefined;
  let similar: Neighbours["similar"];
  if (me) {
    const mine = new Set(me.topics.map((t) => t.toLowerCase()));
    let best = 0;
    for (const r of pool) {
      const shared = r.question.topics.filter((t) => mine.has(t.toLowerCase()));
      if (shared.length === 0) continue;
      const score = shared.length * 2 + (r.question.category === me.category ? 1 : 0);
      if (score > best) {
        best = score;
        similar = { ...r, topic: shared[0]! };
      }
    }
  }
  return {
    next: pool[0],
    ...(similar ? { similar } : {}),
    random: pool[Math.min(pool.length - 1, Math.floor(rng() * pool.length))],
  };
}
