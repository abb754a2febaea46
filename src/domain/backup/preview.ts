/**
 * What merging a backup file would change, counted with the same rules as mergeBackups, and the
 * short sentence the import preview shows for it.
 */
import { attemptIdentity, extraWins, type Backup } from "./backup";

/** Counts of what importing a backup adds or replaces; "newer" counts new records too. */
export interface BackupPreview {
  newAttempts: number;
  newerDrafts: number;
  newPacks: number;
  /** Drill cards that are new or were reviewed more recently in the file. */
  newerCards: number;
  newReviewLogs: number;
  /** Mock interviews that are new, newer, or finished in the file but in progress here. */
  newerMocks: number;
  /** Bookmarks and notes that are new or changed more recently in the file. */
  newerNotes: number;
  exportedAt: number;
}

/** How many records of the `extra` store `store` in `incoming` would be added or win a merge. */
function extraChanges(current: Backup, incoming: Backup, store: string): number {
  const have = new Map((current.extra[store] ?? []).map((r) => [r.key, r]));
  return (incoming.extra[store] ?? []).filter((r) => {
    const mine = have.get(r.key);
    return !mine || extraWins(store, r, mine);
  }).length;
}

/** What importing `incoming` into `current` would add or replace, for the preview. */
export function mergePreview(current: Backup, incoming: Backup): BackupPreview {
  const have = new Set(current.attempts.map(attemptIdentity));
  const drafts = new Map(current.drafts.map((d) => [d.key, d.updatedAt]));
  const packs = new Set(current.packs.map((p) => p.id));
  return {
    newAttempts: incoming.attempts.filter((a) => !have.has(attemptIdentity(a))).length,
    newerDrafts: incoming.drafts.filter((d) => (drafts.get(d.key) ?? -1) < d.updatedAt).length,
    newPacks: incoming.packs.filter((p) => !packs.has(p.id)).length,
    newerCards: extraChanges(current, incoming, "cards"),
    newReviewLogs: extraChanges(current, incoming, "reviewLogs"),
    newerMocks: extraChanges(current, incoming, "mocks"),
    newerNotes: extraChanges(current, incoming, "notes"),
    exportedAt: incoming.exportedAt,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The preview as a phrase, e.g. "2 new attempts, 1 new or updated mock interview": zero counts are
 * left out, and "nothing new" when every count is zero.
 */
export function describePreview(p: BackupPreview): string {
  const parts: [number, string, string][] = [
    [p.newAttempts, "new attempt", "new attempts"],
    [p.newerDrafts, "newer draft", "newer drafts"],
    [p.newPacks, "new pack", "new packs"],
    [p.newerCards, "newer drill card", "newer drill cards"],
    [p.newReviewLogs, "new drill review", "new drill reviews"],
    [p.newerMocks, "new or updated mock interview", "new or updated mock interviews"],
    [p.newerNotes, "newer bookmark or note", "newer bookmarks and notes"],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => count(n, one, many));
  return said.length ? said.join(", ") : "nothing new";
}
