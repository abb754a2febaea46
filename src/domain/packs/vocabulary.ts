/**
 * The fixed vocabularies of a question (categories, difficulties, lanes, kinds) as plain
 * constants, with no schema library: code that only needs these lists (the mock and stats
 * domains, the store) imports them from here so that zod stays out of the first paint.
 */

/** Allowed values of `category`, in display order. */
export const CATEGORIES = ["coding", "ml-fundamentals", "system-design", "debugging"] as const;
/** Allowed values of `difficulty`, easiest first. */
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
/** Allowed values of `lanes`. */
export const LANES = ["applied", "infra", "data-centric"] as const;
/** Every question kind, in display order. */
export const QUESTION_KINDS = [
  "python",
  "sql",
  "choice",
  "numeric",
  "written",
  "design",
  "incident",
] as const;
/** Allowed values of an incident's `fault`: the kinds of production fault an incident plants. */
export const FAULTS = [
  "accuracy-drop",
  "latency-spike",
  "training-serving-skew",
  "data-drift",
  "leakage",
  "imbalance",
  "label-delay",
  "unit-or-timezone-change",
  "schema-change",
  "non-determinism",
] as const;
/** The kinds of an incident step: two diagnosis kinds and two fix kinds. */
export const INCIDENT_STEP_KINDS = ["choice", "numeric", "python", "sql"] as const;
