/**
 * Counts over a pack for overviews and the import preview: questions by category, kind,
 * difficulty and lane, and total estimated minutes. Every known category/kind/difficulty/lane is
 * present in the maps (zero when absent) so the UI can render fixed columns.
 */
import { CATEGORIES, DIFFICULTIES, LANES, type Category, type Difficulty, type Lane } from "./common-schema";
import { QUESTION_KINDS, type QuestionKind } from "./question-schema";
import type { Pack } from "./pack-schema";

/** Result of `packStats`. */
export interface PackStats {
  questions: number;
  byCategory: Record<Category, number>;
  byKind: Record<QuestionKind, number>;
  byDifficulty: Record<Difficulty, number>;
  /** A question in several lanes counts once in each. */
  byLane: Record<Lane, number>;
  estimatedMinutes: number;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Summary counts of `pack` (see PackStats). */
export function packStats(pack: Pack): PackStats {
  const stats: PackStats = {
    questions: pack.questions.length,
    byCategory: zeros(CATEGORIES),
    byKind: zeros(QUESTION_KINDS),
    byDifficulty: zeros(DIFFICULTIES),
    byLane: zeros(LANES),
    estimatedMinutes: 0,
  };
  for (const q of pack.questions) {
    stats.byCategory[q.category]++;
    stats.byKind[q.kind]++;
    stats.byDifficulty[q.difficulty]++;
    for (const lane of new Set(q.lanes)) stats.byLane[lane]++;
    stats.estimatedMinutes += q.estimatedMinutes;
  }
  return stats;
}
