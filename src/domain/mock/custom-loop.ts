/**
 * The custom-loop builder: the user picks sections (category, kinds, difficulty), counts and
 * minutes; the builder validates the choice and returns a `LoopTemplate` with id `custom`.
 * Section ids are positional (`s1`, `s2`…) and titles are derived from the filter unless given,
 * so a share code needs no free text.
 */
import type { Category, Difficulty, Lane, QuestionKind } from "../packs";
import { CATEGORIES, DIFFICULTIES, LANES, QUESTION_KINDS } from "../packs/vocabulary";
import type { LoopTemplate, SectionFilter, SectionSpec } from "./templates";

export const CUSTOM_TEMPLATE_ID = "custom";
export const MAX_SECTIONS = 8;
export const MAX_SECTION_MINUTES = 180;
export const MAX_SECTION_COUNT = 10;
export const MAX_LOOP_MINUTES = 360;

/** What the user chose for one section. `difficulty` is one level or an inclusive range. */
export interface CustomSectionInput {
  title?: string;
  category?: Category;
  kinds?: QuestionKind[];
  difficulty?: Difficulty | [Difficulty, Difficulty];
  minutes: number;
  count: number;
}

export interface CustomLoopInput {
  title?: string;
  lane?: Lane;
  sections: CustomSectionInput[];
}

/** A validation problem; `path` points into the input, e.g. `sections[1].minutes`. */
export interface LoopIssue {
  path: string;
  message: string;
}

export type CustomLoopResult = { ok: true; template: LoopTemplate } | { ok: false; issues: LoopIssue[] };

/** Kinds that can occur in each category (coding is executable; incidents are debugging only). */
export const KINDS_BY_CATEGORY: Record<Category, readonly QuestionKind[]> = {
  coding: ["python", "sql"],
  "ml-fundamentals": ["choice", "numeric", "written", "design"],
  "system-design": ["choice", "numeric", "written", "design"],
  debugging: ["choice", "numeric", "written", "design", "incident"],
};

const CATEGORY_TITLES: Record<Category, string> = {
  coding: "Coding",
  "ml-fundamentals": "ML fundamentals",
  "system-design": "ML system design",
  debugging: "Debugging",
};

const KIND_TITLES: Record<QuestionKind, string> = {
  python: "Python",
  sql: "SQL",
  choice: "multiple choice",
  numeric: "numeric",
  written: "written",
  design: "design",
  incident: "incident",
};

/** The title a custom section gets when the user gave none, e.g. "Coding (SQL)". */
export function defaultSectionTitle(filter: SectionFilter): string {
  const base = filter.category ? CATEGORY_TITLES[filter.category] : "Mixed";
  return filter.kinds?.length ? `${base} (${filter.kinds.map((k) => KIND_TITLES[k] ?? k).join(", ")})` : base;
}

const isInt = (n: unknown, lo: number, hi: number) =>
  typeof n === "number" && Number.isInteger(n) && n >= lo && n <= hi;

function sectionIssues(s: CustomSectionInput, at: string): LoopIssue[] {
  const issues: LoopIssue[] = [];
  const add = (field: string, message: string) => issues.push({ path: `${at}.${field}`, message });
  if (!isInt(s.minutes, 1, MAX_SECTION_MINUTES))
    add("minutes", `minutes must be a whole number from 1 to ${MAX_SECTION_MINUTES}`);
  if (!isInt(s.count, 1, MAX_SECTION_COUNT))
    add("count", `count must be a whole number from 1 to ${MAX_SECTION_COUNT}`);
  else if (isInt(s.minutes, 1, MAX_SECTION_MINUTES) && s.minutes < s.count)
    add("minutes", `${s.count} questions need at least ${s.count} minutes`);
  if (s.category !== undefined && !CATEGORIES.includes(s.category)) add("category", "unknown category");
  for (const k of s.kinds ?? []) {
    if (!QUESTION_KINDS.includes(k)) add("kinds", `unknown kind "${String(k)}"`);
    else if (s.category && !KINDS_BY_CATEGORY[s.category].includes(k))
      add("kinds", `no ${s.category} question is of kind ${k}`);
  }
  const [lo, hi] = Array.isArray(s.difficulty) ? s.difficulty : [s.difficulty, s.difficulty];
  if ([lo, hi].some((d) => d !== undefined && !DIFFICULTIES.includes(d)))
    add("difficulty", "unknown difficulty");
  else if (lo && hi && DIFFICULTIES.indexOf(lo) > DIFFICULTIES.indexOf(hi))
    add("difficulty", `the range ${lo}–${hi} is empty (easiest first)`);
  if (s.title !== undefined && (s.title.trim() === "" || s.title.length > 80))
    add("title", "a title must have 1 to 80 characters");
  return issues;
}

function toSpec(s: CustomSectionInput, index: number): SectionSpec {
  const [lo, hi] = Array.isArray(s.difficulty) ? s.difficulty : [s.difficulty, s.difficulty];
  const filter: SectionFilter = {};
  if (s.category) filter.category = s.category;
  if (s.kinds?.length)
    filter.kinds = [...new Set(s.kinds)].sort(
      (a, b) => QUESTION_KINDS.indexOf(a) - QUESTION_KINDS.indexOf(b),
    );
  if (lo) filter.minDifficulty = lo;
  if (hi) filter.maxDifficulty = hi;
  return {
    id: `s${index + 1}`,
    title: s.title?.trim() || defaultSectionTitle(filter),
    minutes: s.minutes,
    count: s.count,
    filter,
  };
}

/**
 * Validate a custom loop and build its template. Checks: 1 to MAX_SECTIONS sections; whole
 * minutes (1..180) and counts (1..10), at least a minute per question; known category, kinds
 * compatible with the category, a non-empty difficulty range; a known lane; a total of at most
 * MAX_LOOP_MINUTES. Every problem is reported, each with its path.
 */
export function buildCustomLoop(input: CustomLoopInput): CustomLoopResult {
  const issues: LoopIssue[] = [];
  const sections = Array.isArray(input.sections) ? input.sections : [];
  if (sections.length === 0) issues.push({ path: "sections", message: "add at least one section" });
  if (sections.length > MAX_SECTIONS)
    issues.push({ path: "sections", message: `a loop has at most ${MAX_SECTIONS} sections` });
  if (input.lane !== undefined && !LANES.includes(input.lane))
    issues.push({ path: "lane", message: `unknown lane "${String(input.lane)}"` });
  sections.forEach((s, i) => issues.push(...sectionIssues(s, `sections[${i}]`)));
  const total = sections.reduce((sum, s) => sum + (typeof s.minutes === "number" ? s.minutes : 0), 0);
  if (total > MAX_LOOP_MINUTES)
    issues.push({
      path: "sections",
      message: `the loop lasts ${total} minutes; the limit is ${MAX_LOOP_MINUTES}`,
    });
  if (issues.length > 0) return { ok: false, issues };
  const specs = sections.map(toSpec);
  return {
    ok: true,
    template: {
      id: CUSTOM_TEMPLATE_ID,
      title: input.title?.trim() || "Custom loop",
      description: specs.map((s) => `${s.title} ${s.minutes} min`).join(" · "),
      ...(input.lane ? { lane: input.lane } : {}),
      sections: specs,
    },
  };
}
