/**
 * Difference between two versions of a pack, for the import preview ("3 new questions, 1
 * changed, 1 removed"). Questions are matched by id; a question is changed when any field differs
 * (key order ignored), and the changed top-level fields are listed.
 */
import type { Pack } from "./pack-schema";

/** Result of `diffPacks`; all id lists are disjoint. */
export interface PackDiff {
  /** Ids only in the new pack, in its order. */
  added: string[];
  /** Ids only in the old pack, in its order. */
  removed: string[];
  /** Ids in both whose content differs, in the new pack's order. */
  changed: string[];
  /** For each changed id, the question fields that differ (sorted). */
  changedFields: Record<string, string[]>;
  unchanged: string[];
  /** Pack-level fields (other than `questions`) that differ (sorted). */
  metadataChanged: string[];
}

/** JSON text with object keys sorted, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function differingKeys(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  skip: string[] = [],
): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !skip.includes(k) && canonicalJson(a[k]) !== canonicalJson(b[k])).sort();
}

/** What importing `next` over `prev` would add, change and remove (see PackDiff). */
export function diffPacks(prev: Pack, next: Pack): PackDiff {
  const before = new Map(prev.questions.map((q) => [q.id, q]));
  const afterIds = new Set(next.questions.map((q) => q.id));
  const diff: PackDiff = {
    added: [],
    removed: [],
    changed: [],
    changedFields: {},
    unchanged: [],
    metadataChanged: differingKeys(prev, next, ["questions"]),
  };
  for (const q of next.questions) {
    const old = before.get(q.id);
    if (!old) {
      diff.added.push(q.id);
      continue;
    }
    const fields = differingKeys(old, q);
    if (fields.length === 0) diff.unchanged.push(q.id);
    else {
      diff.changed.push(q.id);
      diff.changedFields[q.id] = fields;
    }
  }
  diff.removed = prev.questions.map((q) => q.id).filter((id) => !afterIds.has(id));
  return diff;
}
