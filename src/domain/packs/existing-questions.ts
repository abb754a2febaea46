/**
 * Questions of a pack being imported that the user already has in another pack (typically a
 * selection exported from a built-in pack, imported back): found by id, with the same title or
 * the same prompt, so a reused id for a different question is not mistaken for a copy.
 */
import type { Pack } from "./pack-schema";

export interface ExistingQuestion {
  questionId: string;
  title: string;
  /** The other packs holding it (id and title), in the order given. */
  inPacks: { id: string; title: string }[];
}

/**
 * For each question of `incoming`, the packs among `installed` (other than one with `incoming`'s
 * own id, which an import would replace) that already hold it. Only questions found somewhere are
 * listed, in `incoming`'s order.
 */
export function existingQuestions(incoming: Pack, installed: readonly Pack[]): ExistingQuestion[] {
  const others = installed.filter((p) => p.id !== incoming.id);
  const out: ExistingQuestion[] = [];
  for (const q of incoming.questions) {
    const inPacks = others
      .filter((p) => p.questions.some((x) => x.id === q.id && (x.title === q.title || x.prompt === q.prompt)))
      .map((p) => ({ id: p.id, title: p.title }));
    if (inPacks.length) out.push({ questionId: q.id, title: q.title, inPacks });
  }
  return out;
}

/** `pack` without the questions whose ids are in `leaveOut` (null when none would be left). */
export function withoutQuestions(pack: Pack, leaveOut: ReadonlySet<string>): Pack | null {
  const questions = pack.questions.filter((q) => !leaveOut.has(q.id));
  return questions.length ? { ...pack, questions } : null;
}
