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
export const QUESTION_KINDS = ["python", "sql", "choice", "numeric", "written", "design"] as const;
