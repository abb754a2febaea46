/**
 * Choosing the questions of a mock. Deterministic for a given seed; prefers questions the user
 * has not attempted; spreads main topics (a question's first topic) across the whole loop; and
 * says exactly which section the pool cannot fill, and why.
 */
import type { Question } from "../packs";
import { questionKey } from "../packs/question-key";
import { deriveSeed, mulberry32, shuffled } from "./random";
import { describeFilter, matchesSection, type LoopTemplate, type SectionSpec } from "./templates";

/** A question with the pack it comes from (same shape as practice's QuestionRef). */
export interface PoolQuestion {
  packId: string;
  question: Question;
}

/** The questions chosen for one section, in the order they will be asked. */
export interface SelectedSection {
  sectionId: string;
  questions: PoolQuestion[];
}

/** A section the pool could not fill. */
export interface Shortfall {
  sectionId: string;
  sectionTitle: string;
  needed: number;
  available: number;
  /** What the section asks for, e.g. "category coding, kind sql, lane infra". */
  filter: string;
  message: string;
}

export type SelectionResult =
  | { ok: true; sections: SelectedSection[] }
  | { ok: false; sections: SelectedSection[]; shortfalls: Shortfall[] };

/** The main topic of a question: its first topic, case-folded ("" when it has none). */
export function mainTopic(q: Question): string {
  return (q.topics[0] ?? "").trim().toLowerCase();
}

const keyOf = (p: PoolQuestion) => questionKey(p.packId, p.question.id);

function pickSection(
  section: SectionSpec,
  candidates: PoolQuestion[],
  seen: ReadonlySet<string>,
  usedTopics: Set<string>,
): PoolQuestion[] {
  const picks: PoolQuestion[] = [];
  const left = [...candidates];
  // Penalty: 2 for a question seen before, 1 for a main topic already in the loop. An unseen
  // question on a repeated topic is preferred to a question seen before on a fresh topic.
  const penalty = (p: PoolQuestion) =>
    (seen.has(keyOf(p)) ? 2 : 0) + (usedTopics.has(mainTopic(p.question)) ? 1 : 0);
  while (picks.length < section.count && left.length > 0) {
    let best = 0;
    for (let i = 1; i < left.length; i++) {
      if (penalty(left[i] as PoolQuestion) < penalty(left[best] as PoolQuestion)) best = i;
    }
    const [chosen] = left.splice(best, 1) as [PoolQuestion];
    picks.push(chosen);
    const topic = mainTopic(chosen.question);
    if (topic) usedTopics.add(topic);
  }
  return picks;
}

/**
 * Choose questions for every section of `template` from `pool`. `history` holds the question
 * keys (`packId/questionId`) the user has attempted. Each section gets its own random stream
 * (derived from `seed` and the section id), shuffles its matching candidates, and takes the
 * least-penalised ones (unseen first, then unused main topics; ties keep the shuffled order).
 * A question is never used twice in a loop. When a section cannot be filled the result has
 * `ok: false` and one `Shortfall` per such section; `sections` then holds what could be chosen.
 */
export function selectQuestions(
  template: LoopTemplate,
  pool: readonly PoolQuestion[],
  history: Iterable<string>,
  seed: number,
): SelectionResult {
  const seen = new Set(history);
  const used = new Set<string>();
  const usedTopics = new Set<string>();
  const sections: SelectedSection[] = [];
  const shortfalls: Shortfall[] = [];
  // Stable base order so the result does not depend on the order packs were loaded in.
  const base = [...pool].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  for (const section of template.sections) {
    const matching = base.filter((p) => matchesSection(p.question, section.filter, template.lane));
    const free = matching.filter((p) => !used.has(keyOf(p)));
    const rng = mulberry32(deriveSeed(seed, section.id));
    const picks = pickSection(section, shuffled(free, rng), seen, usedTopics);
    picks.forEach((p) => used.add(keyOf(p)));
    sections.push({ sectionId: section.id, questions: picks });
    if (picks.length < section.count) {
      const filter = describeFilter(section.filter, template.lane);
      const taken = matching.length - free.length;
      shortfalls.push({
        sectionId: section.id,
        sectionTitle: section.title,
        needed: section.count,
        available: picks.length,
        filter,
        message:
          `Section "${section.title}" needs ${section.count} question${section.count === 1 ? "" : "s"} ` +
          `(${filter}) but the enabled packs have ${matching.length}` +
          (taken > 0 ? `, ${taken} of them already used by earlier sections` : "") +
          ". Enable more packs, or widen the section's filter.",
      });
    }
  }
  return shortfalls.length ? { ok: false, sections, shortfalls } : { ok: true, sections };
}
