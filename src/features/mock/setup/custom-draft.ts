/**
 * The custom-loop builder's form state: what the user typed (numbers stay text until validated)
 * and its conversion to and from the domain's `CustomLoopInput` / `LoopTemplate`. Validation
 * itself is `buildCustomLoop`'s; this file only maps its issues back onto form fields.
 */
import {
  KINDS_BY_CATEGORY,
  type CustomLoopInput,
  type CustomSectionInput,
  type LoopIssue,
  type LoopTemplate,
} from "../../../domain/mock";
import {
  QUESTION_KINDS,
  type Category,
  type Difficulty,
  type Lane,
  type QuestionKind,
} from "../../../domain/packs";

/** One section as edited; `uid` keeps React keys and focus stable across reorders. */
export interface DraftSection {
  uid: number;
  category: Category | "";
  kinds: QuestionKind[];
  minDifficulty: Difficulty | "";
  maxDifficulty: Difficulty | "";
  minutes: string;
  count: string;
}

export interface CustomDraft {
  lane: Lane | "";
  sections: DraftSection[];
}

let nextUid = 1;

/** A new section (coding, any kind and difficulty, one question in 20 minutes) unless overridden. */
export function newSection(fields: Partial<Omit<DraftSection, "uid">> = {}): DraftSection {
  return {
    uid: nextUid++,
    category: "coding",
    kinds: [],
    minDifficulty: "",
    maxDifficulty: "",
    minutes: "20",
    count: "1",
    ...fields,
  };
}

/** What the builder starts with: a short coding + fundamentals loop. */
export function starterDraft(): CustomDraft {
  return {
    lane: "",
    sections: [
      newSection({ category: "coding", kinds: ["python"], minutes: "25" }),
      newSection({ category: "ml-fundamentals", minutes: "15", count: "3" }),
    ],
  };
}

/** The kinds offered for a category (every kind when the category is "any"). */
export function kindOptions(category: Category | ""): readonly QuestionKind[] {
  return category ? KINDS_BY_CATEGORY[category] : QUESTION_KINDS;
}

// Empty or non-digit text becomes NaN, which buildCustomLoop reports as "not a whole number".
const toNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

function toSectionInput(s: DraftSection): CustomSectionInput {
  const input: CustomSectionInput = { minutes: toNumber(s.minutes), count: toNumber(s.count) };
  if (s.category) input.category = s.category;
  if (s.kinds.length) input.kinds = s.kinds;
  if (s.minDifficulty || s.maxDifficulty)
    input.difficulty = [s.minDifficulty || "easy", s.maxDifficulty || "hard"];
  return input;
}

/** The draft as the domain's builder input. */
export function draftToInput(draft: CustomDraft): CustomLoopInput {
  return { sections: draft.sections.map(toSectionInput), ...(draft.lane ? { lane: draft.lane } : {}) };
}

/**
 * A draft reproducing `template` (a decoded custom share code, or a built-in loop to start from).
 * The full range easy–hard shows as "any", which selects the same questions.
 */
export function draftFromTemplate(template: LoopTemplate): CustomDraft {
  return {
    lane: template.lane ?? "",
    sections: template.sections.map((s) =>
      newSection({
        category: s.filter.category ?? "",
        kinds: [...(s.filter.kinds ?? [])],
        minDifficulty: s.filter.minDifficulty === "easy" ? "" : (s.filter.minDifficulty ?? ""),
        maxDifficulty: s.filter.maxDifficulty === "hard" ? "" : (s.filter.maxDifficulty ?? ""),
        minutes: String(s.minutes),
        count: String(s.count),
      }),
    ),
  };
}

/** The messages of the issues at exactly `path` (e.g. `sections[0].minutes`), de-duplicated. */
export function issuesAt(issues: readonly LoopIssue[], path: string): string[] {
  return [...new Set(issues.filter((i) => i.path === path).map((i) => i.message))];
}

/** Move the item at `index` by `delta` places (no-op at the ends). */
export function moved<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= items.length) return [...items];
  const out = [...items];
  const [item] = out.splice(index, 1) as [T];
  out.splice(to, 0, item);
  return out;
}
