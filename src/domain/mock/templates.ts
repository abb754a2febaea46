/**
 * Interview loop templates: a loop is a list of timed sections taken one after another, each
 * drawing `count` questions that match its filter. The three built-in loops mirror the usual
 * on-site for each career lane; custom loops are built and validated in `custom-loop.ts`.
 */
import type { Category, Difficulty, Lane, Question, QuestionKind } from "../packs";
import { DIFFICULTIES } from "../packs/vocabulary";

/** Which questions a section may draw. Every field is optional; empty means "any". */
export interface SectionFilter {
  category?: Category;
  /** Allowed question kinds (any when absent or empty). */
  kinds?: QuestionKind[];
  minDifficulty?: Difficulty;
  maxDifficulty?: Difficulty;
  /** Overrides the template's lane for this section. */
  lane?: Lane;
}

/** One timed part of a loop, e.g. "SQL, 15 minutes, 1 question". */
export interface SectionSpec {
  /** Stable within its template (a slug). */
  id: string;
  title: string;
  minutes: number;
  count: number;
  filter: SectionFilter;
}

/** A whole loop. `id` is a built-in id or `custom`. */
export interface LoopTemplate {
  id: string;
  title: string;
  description: string;
  /** Lane every section draws from unless the section sets its own. */
  lane?: Lane;
  sections: SectionSpec[];
}

const python = (minutes: number, min: Difficulty = "medium", max: Difficulty = "hard"): SectionSpec => ({
  id: "python",
  title: "Python coding",
  minutes,
  count: 1,
  filter: { category: "coding", kinds: ["python"], minDifficulty: min, maxDifficulty: max },
});
const sql = (minutes: number, count = 1): SectionSpec => ({
  id: "sql",
  title: "SQL",
  minutes,
  count,
  filter: { category: "coding", kinds: ["sql"], minDifficulty: "easy", maxDifficulty: "hard" },
});
const fundamentals = (minutes: number, count: number): SectionSpec => ({
  id: "ml-fundamentals",
  title: "ML fundamentals",
  minutes,
  count,
  filter: { category: "ml-fundamentals", kinds: ["choice", "numeric"] },
});
const design = (minutes: number): SectionSpec => ({
  id: "system-design",
  title: "ML system design",
  minutes,
  count: 1,
  filter: { category: "system-design", kinds: ["design"] },
});
const debugging = (minutes: number, count = 1): SectionSpec => ({
  id: "debugging",
  title: "Debugging scenario",
  minutes,
  count,
  filter: { category: "debugging", kinds: ["written", "design", "incident"] },
});

/** Id of the 30-minute screen (a short loop beside the full ones, for a first mock or a busy day). */
export const SCREEN_30_ID = "screen-30";

/** The built-in loops: one full loop per lane, and a 30-minute screen from any lane. */
export const LOOP_TEMPLATES: readonly LoopTemplate[] = [
  {
    id: "applied",
    title: "Applied / product MLE",
    description: "Coding, SQL, ML fundamentals, a product ML system design and a debugging scenario.",
    lane: "applied",
    sections: [python(25), sql(15), fundamentals(10, 3), design(35), debugging(15)],
  },
  {
    id: "infra",
    title: "ML platform / infrastructure",
    description: "Heavier coding and platform design, SQL, ML fundamentals and production debugging.",
    lane: "infra",
    sections: [python(30), sql(15), fundamentals(10, 2), design(40), debugging(20, 2)],
  },
  {
    id: "data-centric",
    title: "Data-centric MLE",
    description: "Two SQL questions, Python, ML fundamentals, a data-system design and data debugging.",
    lane: "data-centric",
    sections: [sql(25, 2), python(25, "easy", "hard"), fundamentals(15, 3), design(30), debugging(15)],
  },
  {
    id: SCREEN_30_ID,
    title: "30-minute screen",
    description:
      "A phone-screen length mock: one Python question, one SQL query and a few ML fundamentals. A good first mock.",
    sections: [
      python(15, "easy", "medium"),
      { ...sql(7), filter: { ...sql(7).filter, maxDifficulty: "medium" } },
      fundamentals(8, 3),
    ],
  },
];

/** The built-in template with id `id`, or undefined. */
export function getTemplate(id: string): LoopTemplate | undefined {
  return LOOP_TEMPLATES.find((t) => t.id === id);
}

/** Total minutes of a loop (the sum of its sections). */
export function loopMinutes(template: LoopTemplate): number {
  return template.sections.reduce((sum, s) => sum + s.minutes, 0);
}

const rank = (d: Difficulty) => DIFFICULTIES.indexOf(d);

/** Whether `question` matches `filter`, drawing from `lane` unless the filter names its own. */
export function matchesSection(question: Question, filter: SectionFilter, lane?: Lane): boolean {
  if (filter.category && question.category !== filter.category) return false;
  if (filter.kinds && filter.kinds.length > 0 && !filter.kinds.includes(question.kind)) return false;
  const r = rank(question.difficulty);
  if (filter.minDifficulty && r < rank(filter.minDifficulty)) return false;
  if (filter.maxDifficulty && r > rank(filter.maxDifficulty)) return false;
  const wanted = filter.lane ?? lane;
  if (wanted && !question.lanes.includes(wanted)) return false;
  return true;
}

/** A short description of a filter, e.g. "category coding, kind sql, difficulty easy–hard, lane infra". */
export function describeFilter(filter: SectionFilter, lane?: Lane): string {
  const parts: string[] = [];
  if (filter.category) parts.push(`category ${filter.category}`);
  if (filter.kinds?.length) parts.push(`kind ${filter.kinds.join("/")}`);
  if (filter.minDifficulty || filter.maxDifficulty) {
    const lo = filter.minDifficulty ?? "easy";
    const hi = filter.maxDifficulty ?? "hard";
    parts.push(`difficulty ${lo === hi ? lo : `${lo}–${hi}`}`);
  }
  const l = filter.lane ?? lane;
  if (l) parts.push(`lane ${l}`);
  return parts.length ? parts.join(", ") : "any question";
}
