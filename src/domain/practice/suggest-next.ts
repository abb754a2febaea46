/**
 * What to do today on the home page: continue the most recent unsolved question, and a new question
 * from the category where the user has solved the smallest share.
 */
import type { Pack, Question } from "../packs";
import { questionKey } from "../packs/question-key";
import { progressByCategory, statusOf } from "./question-filter";

export interface Suggestion {
  packId: string;
  question: Question;
  reason: string;
}

export interface AttemptLike {
  questionKey: string;
  at: number;
  score: number;
}

export function suggestToday(
  packs: readonly Pack[],
  attempts: readonly AttemptLike[],
): { resume?: Suggestion; next?: Suggestion } {
  const best = new Map<string, number>();
  for (const a of attempts) best.set(a.questionKey, Math.max(best.get(a.questionKey) ?? 0, a.score));
  const byKey = new Map(
    packs.flatMap((p) =>
      p.questions.map((q) => [questionKey(p.id, q.id), { packId: p.id, question: q }] as const),
    ),
  );

  let resume: Suggestion | undefined;
  for (const a of [...attempts].sort((x, y) => y.at - x.at)) {
    const hit = byKey.get(a.questionKey);
    if (hit && statusOf(best.get(a.questionKey)) !== "solved") {
      resume = { ...hit, reason: "You attempted it but have not solved it yet." };
      break;
    }
  }

  const progress = progressByCategory(packs, best);
  const categories = (Object.keys(progress) as (keyof typeof progress)[])
    .filter((c) => progress[c].total > progress[c].solved)
    .sort((a, b) => progress[a].solved / progress[a].total - progress[b].solved / progress[b].total);
  let next: Suggestion | undefined;
  // Prefer a gentle start (easy or medium), then any new question.
  for (const gentle of [true, false]) {
    for (const c of categories) {
      for (const p of packs) {
        const q = p.questions.find(
          (x) =>
            x.category === c && !best.has(questionKey(p.id, x.id)) && (!gentle || x.difficulty !== "hard"),
        );
        if (q) {
          next = {
            packId: p.id,
            question: q,
            reason: "A new question in the category where you have solved the least.",
          };
          break;
        }
      }
      if (next) break;
    }
    if (next) break;
  }
  return { resume, next };
}
