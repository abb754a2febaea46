/**
 * Finding questions: the filters of the practice list as plain data (they live in the URL), and a
 * pure function applying them to the enabled packs.
 */
import type { Category, Difficulty, Lane, Pack, Question, QuestionKind } from "../packs";
// Direct import: the packs index pulls in the zod schema, which the home page does not need.
import { questionKey } from "../packs/question-key";

export type QuestionStatus = "new" | "attempted" | "solved";

/** Orders of the practice list: pack order (default), by difficulty, estimated time or status. */
export const SORTS = ["difficulty", "-difficulty", "time", "-time", "status"] as const;
export type QuestionSort = (typeof SORTS)[number];

export interface QuestionFilters {
  text?: string;
  category?: Category;
  kind?: QuestionKind;
  difficulty?: Difficulty;
  lane?: Lane;
  pack?: string;
  topic?: string;
  status?: QuestionStatus;
  /** "1": only bookmarked questions. */
  bookmarked?: "1";
  sort?: QuestionSort;
}

export interface QuestionRef {
  packId: string;
  question: Question;
}

export const FILTER_KEYS = [
  "text",
  "category",
  "kind",
  "difficulty",
  "lane",
  "pack",
  "topic",
  "status",
  "bookmarked",
  "sort",
] as const;

/** Read filters from URL query parameters (unknown keys and empty values ignored). */
export function filtersFromQuery(query: URLSearchParams): QuestionFilters {
  const f: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = query.get(k);
    if (v) f[k] = v;
  }
  if (f.sort && !(SORTS as readonly string[]).includes(f.sort)) delete f.sort;
  if (f.bookmarked && f.bookmarked !== "1") delete f.bookmarked;
  return f as QuestionFilters;
}

/** Status of a question from the best score of its attempts (undefined = never attempted). */
export function statusOf(bestScore: number | undefined): QuestionStatus {
  if (bestScore === undefined) return "new";
  return bestScore >= 1 ? "solved" : "attempted";
}

const searchable = (q: Question) => `${q.title}\n${q.prompt}\n${q.topics.join(" ")}`.toLowerCase();

/**
 * All questions of `packs` matching `filters` (`bookmarks`: the bookmarked question keys), in pack
 * order or in the order `filters.sort` asks for (see `sortQuestions`).
 */
export function filterQuestions(
  packs: readonly Pack[],
  filters: QuestionFilters,
  bestScores: ReadonlyMap<string, number> = new Map(),
  keyOf: (packId: string, questionId: string) => string = questionKey,
  bookmarks: ReadonlySet<string> = new Set(),
): QuestionRef[] {
  const words = (filters.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const out: QuestionRef[] = [];
  for (const pack of packs) {
    if (filters.pack && pack.id !== filters.pack) continue;
    for (const q of pack.questions) {
      if (filters.category && q.category !== filters.category) continue;
      if (filters.kind && q.kind !== filters.kind) continue;
      if (filters.difficulty && q.difficulty !== filters.difficulty) continue;
      if (filters.lane && !q.lanes.includes(filters.lane)) continue;
      if (filters.topic && !q.topics.includes(filters.topic)) continue;
      if (filters.status && statusOf(bestScores.get(keyOf(pack.id, q.id))) !== filters.status) continue;
      if (filters.bookmarked && !bookmarks.has(keyOf(pack.id, q.id))) continue;
      if (words.length) {
        const hay = searchable(q);
        if (!words.every((w) => hay.includes(w))) continue;
      }
      out.push({ packId: pack.id, question: q });
    }
  }
  return filters.sort ? sortQuestions(out, filters.sort, bestScores, keyOf) : out;
}

const DIFFICULTY_RANK = { easy: 0, medium: 1, hard: 2 } as const;
/** Status order: the ones in progress first, then new ones, then solved ones. */
const STATUS_RANK: Record<QuestionStatus, number> = { attempted: 0, new: 1, solved: 2 };

/**
 * `refs` in the order of `sort`: "difficulty" (easy first; "-difficulty" hard first), "time"
 * (shortest estimate first; "-time" longest first), "status" (attempted, then new, then solved).
 * Stable: ties keep their order (pack order).
 */
export function sortQuestions(
  refs: readonly QuestionRef[],
  sort: QuestionSort,
  bestScores: ReadonlyMap<string, number> = new Map(),
  keyOf: (packId: string, questionId: string) => string = questionKey,
): QuestionRef[] {
  const sign = sort.startsWith("-") ? -1 : 1;
  const by = sort.replace(/^-/, "");
  const rank = (r: QuestionRef): number =>
    by === "difficulty"
      ? DIFFICULTY_RANK[r.question.difficulty]
      : by === "time"
        ? r.question.estimatedMinutes
        : STATUS_RANK[statusOf(bestScores.get(keyOf(r.packId, r.question.id)))];
  return refs
    .map((r, i) => ({ r, i, k: rank(r) }))
    .sort((a, b) => sign * (a.k - b.k) || a.i - b.i)
    .map((x) => x.r);
}

/** Solved / total per category over the given packs. */
export function progressByCategory(
  packs: readonly Pack[],
  bestScores: ReadonlyMap<string, number>,
  keyOf: (packId: string, questionId: string) => string = questionKey,
): Record<Category, { solved: number; total: number }> {
  const out = {
    coding: { solved: 0, total: 0 },
    "ml-fundamentals": { solved: 0, total: 0 },
    "system-design": { solved: 0, total: 0 },
    debugging: { solved: 0, total: 0 },
  };
  for (const pack of packs)
    for (const q of pack.questions) {
      out[q.category].total++;
      if (statusOf(bestScores.get(keyOf(pack.id, q.id))) === "solved") out[q.category].solved++;
    }
  return out;
}
