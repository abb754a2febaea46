/**
 * Export a selection of questions as a new, self-contained pack (e.g. "my weak spots"). The
 * questions are deep copies with their ids unchanged, so progress recorded against the original
 * pack id does not carry over automatically: the new pack has its own id.
 */
import { CURRENT_SCHEMA_VERSION, type Pack } from "./pack-schema";

/** Metadata of the new pack; unspecified fields default to the source pack's. */
export interface SelectionMeta {
  id: string;
  title: string;
  description?: string;
  version?: string;
  authors?: string[];
  license?: string;
  tags?: string[];
}

/**
 * A new pack holding the questions of `pack` whose ids are in `ids`, in the source pack's order.
 * Throws a RangeError naming any id that is not in `pack` (a caller bug, not user input). The
 * result is a valid pack when `meta.id` is a slug.
 */
export function selectQuestions(pack: Pack, ids: readonly string[], meta: SelectionMeta): Pack {
  const wanted = new Set(ids);
  const present = new Set(pack.questions.map((q) => q.id));
  const missing = [...wanted].filter((id) => !present.has(id));
  if (missing.length > 0) throw new RangeError(`Pack ${pack.id} has no question ${missing.join(", ")}`);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: meta.id,
    title: meta.title,
    description: meta.description ?? `Selected from ${pack.title}.`,
    version: meta.version ?? "1.0.0",
    authors: meta.authors ?? [...pack.authors],
    license: meta.license ?? pack.license,
    tags: meta.tags ?? [...pack.tags],
    questions: structuredClone(pack.questions.filter((q) => wanted.has(q.id))),
  };
}
