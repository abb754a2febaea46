/**
 * Duplicate-id checks. Question ids are unique within a pack; within a question, case ids,
 * wrong-answer ids, option ids, variant ids, section ids, follow-up ids and rubric-item ids (across
 * the whole question) are each unique; an incident's step ids are unique, and so are the option,
 * case, wrong-answer and variant ids within each step. Works on raw data and skips anything malformed, so it can
 * report duplicates alongside schema errors in one go.
 */
import { MAX_ERRORS, formatPath, type PackError, type PathSegment } from "./pack-errors";

interface IdAt {
  id: string;
  path: PathSegment[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** `{id, path}` of each element of `obj[key]` that has a string id. */
function idsOf(obj: Record<string, unknown>, key: string, base: PathSegment[]): IdAt[] {
  const list = obj[key];
  if (!Array.isArray(list)) return [];
  const out: IdAt[] = [];
  list.forEach((item, i) => {
    if (isRecord(item) && typeof item.id === "string")
      out.push({ id: item.id, path: [...base, key, i, "id"] });
  });
  return out;
}

function duplicates(entries: IdAt[], what: string, errors: PackError[]): void {
  const first = new Map<string, IdAt>();
  for (const e of entries) {
    const prev = first.get(e.id);
    if (!prev) {
      first.set(e.id, e);
      continue;
    }
    errors.push({
      code: "duplicate-id",
      path: formatPath(e.path),
      message: `duplicate ${what} id ${JSON.stringify(e.id)} (also at ${formatPath(prev.path)})`,
      fix: `Give each ${what} its own id. Ids are permanent, so rename the one that was added last.`,
    });
  }
}

function rubricIds(q: Record<string, unknown>, base: PathSegment[]): IdAt[] {
  const out = idsOf(q, "rubric", base);
  for (const key of ["sections", "followUps"]) {
    const list = q[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (isRecord(item)) out.push(...idsOf(item, "rubric", [...base, key, i]));
    });
  }
  return out;
}

const SCOPES: [key: string, what: string][] = [
  ["cases", "case"],
  ["wrongAnswers", "wrong answer"],
  ["options", "option"],
  ["variants", "variant"],
  ["sections", "section"],
  ["followUps", "follow-up"],
];

/** Errors for every duplicate id in `raw` (a pack-shaped value, possibly malformed). */
export function duplicateIdErrors(raw: unknown): PackError[] {
  const errors: PackError[] = [];
  if (!isRecord(raw) || !Array.isArray(raw.questions)) return errors;
  duplicates(idsOf(raw, "questions", []), "question", errors);
  raw.questions.forEach((q, i) => {
    if (!isRecord(q)) return;
    const base: PathSegment[] = ["questions", i];
    for (const [key, what] of SCOPES) duplicates(idsOf(q, key, base), what, errors);
    duplicates(rubricIds(q, base), "rubric item", errors);
    // An incident's steps, and within each step the ids of its own options, cases, variants…
    duplicates(idsOf(q, "steps", base), "step", errors);
    if (Array.isArray(q.steps))
      q.steps.forEach((step, j) => {
        if (!isRecord(step)) return;
        for (const [key, what] of SCOPES) duplicates(idsOf(step, key, [...base, "steps", j]), what, errors);
      });
  });
  return errors.slice(0, MAX_ERRORS);
}
