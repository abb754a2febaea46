/**
 * Progress keys. A question is identified across pack versions by its pack id and its own id;
 * both are slugs (no `/`), so `packId/questionId` is unambiguous and reversible.
 */

/** The key progress, attempts and schedules are stored under, e.g. `core-ml/precision-at-k`. */
export function questionKey(packId: string, questionId: string): string {
  return `${packId}/${questionId}`;
}

/** Inverse of `questionKey`; undefined when `key` has no `/`. */
export function parseQuestionKey(key: string): { packId: string; questionId: string } | undefined {
  const at = key.indexOf("/");
  if (at <= 0 || at === key.length - 1) return undefined;
  return { packId: key.slice(0, at), questionId: key.slice(at + 1) };
}
