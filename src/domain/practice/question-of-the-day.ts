/**
 * The question of the day: one question per calendar day, the same all day (and for everyone with
 * the same packs), chosen among the questions not solved yet, short ones preferred (at most 15
 * minutes) so it fits a break. Pure: the day, packs and scores are passed in.
 */
import type { Pack } from "../packs";
import { questionKey } from "../packs/question-key";
import { hashString, mulberry32 } from "../random";
import { statusOf, type QuestionRef } from "./question-filter";

/** Longest estimate a question of the day should have, when shorter ones are left. */
export const QOTD_MAX_MINUTES = 15;

export function questionOfTheDay(
  packs: readonly Pack[],
  day: string,
  bestScores: ReadonlyMap<string, number>,
): QuestionRef | undefined {
  const all: QuestionRef[] = packs.flatMap((p) =>
    p.questions.map((question) => ({ packId: p.id, question })),
  );
  const open = all.filter((r) => statusOf(bestScores.get(questionKey(r.packId, r.question.id))) !== "solved");
  const short = open.filter((r) => r.question.estimatedMinutes <= QOTD_MAX_MINUTES);
  const pool = short.length ? short : open.length ? open : all;
  if (pool.length === 0) return undefined;
  const rng = mulberry32(hashString(`qotd:${day}`));
  return pool[Math.floor(rng() * pool.length)];
}
