/**
 * The backup file: everything a user has made (attempts, drafts, imported packs, settings, and any
 * other progress store) in one JSON document, and a merge that never loses either side: records
 * are unioned by identity, and when both sides hold the same record the newer one wins (or, for
 * stores with their own rule in EXTRA_RULES, the copy that rule prefers).
 */

export const BACKUP_FORMAT = "mle-dojo-backup";
export const BACKUP_VERSION = 1;

export interface BackupAttempt {
  questionKey: string;
  at: number;
  [field: string]: unknown;
}

export interface BackupDraft {
  key: string;
  value: unknown;
  updatedAt: number;
}

export interface BackupPack {
  id: string;
  pack: unknown;
  importedAt: number;
  source: string;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  settings: Record<string, unknown>;
  attempts: BackupAttempt[];
  drafts: BackupDraft[];
  packs: BackupPack[];
  /** Other stores (cards, review logs, mocks…) as records with a string `key`. */
  extra: Record<string, { key: string; updatedAt?: number; [field: string]: unknown }[]>;
}

/** One record of an `extra` store. */
export type ExtraRecord = Backup["extra"][string][number];

export type BackupParse = { ok: true; backup: Backup; skipped: string[] } | { ok: false; error: string };

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** Identity of an attempt: the same question answered at the same millisecond is the same attempt. */
export const attemptIdentity = (a: BackupAttempt) => `${a.questionKey}@${a.at}`;

/**
 * Read a backup file's text. Records that are not well formed are skipped and listed (the rest is
 * kept); a file that is not a backup at all is refused with the reason.
 */
export function parseBackup(text: string): BackupParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `This file is not valid JSON: ${(e as Error).message}` };
  }
  if (!isObj(raw) || raw.format !== BACKUP_FORMAT)
    return { ok: false, error: "This file is not an MLE Dojo backup." };
  if (typeof raw.version !== "number" || raw.version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of MLE Dojo (backup version ${String(raw.version)}). Update the app.`,
    };
  }
  const skipped: string[] = [];
  const list = <T>(name: string, ok: (x: Record<string, unknown>) => boolean): T[] => {
    const arr = Array.isArray(raw[name]) ? (raw[name] as unknown[]) : [];
    return arr.filter((x, i) => {
      const good = isObj(x) && ok(x);
      if (!good) skipped.push(`${name}[${i}]`);
      return good;
    }) as T[];
  };
  const extra: Backup["extra"] = {};
  if (isObj(raw.extra)) {
    for (const [store, arr] of Object.entries(raw.extra)) {
      // "__proto__" would replace the prototype of `extra` instead of naming a store.
      if (!Array.isArray(arr) || store === "__proto__") continue;
      extra[store] = arr.filter((x, i) => {
        const good = isObj(x) && typeof x.key === "string";
        if (!good) skipped.push(`extra.${store}[${i}]`);
        return good;
      }) as Backup["extra"][string];
    }
  }
  return {
    ok: true,
    skipped,
    backup: {
      format: BACKUP_FORMAT,
      version: raw.version,
      exportedAt: typeof raw.exportedAt === "number" ? raw.exportedAt : 0,
      settings: isObj(raw.settings) ? raw.settings : {},
      attempts: list<BackupAttempt>(
        "attempts",
        (x) => typeof x.questionKey === "string" && typeof x.at === "number",
      ),
      drafts: list<BackupDraft>(
        "drafts",
        (x) => typeof x.key === "string" && typeof x.updatedAt === "number",
      ),
      packs: list<BackupPack>(
        "packs",
        (x) => typeof x.id === "string" && isObj(x.pack) && typeof x.importedAt === "number",
      ),
      extra,
    },
  };
}

/** Does `incoming` replace `current`, two copies of the same record? */
export type ExtraRule = (incoming: ExtraRecord, current: ExtraRecord) => boolean;

const newerUpdate: ExtraRule = (y, x) => (y.updatedAt ?? 0) > (x.updatedAt ?? 0);
const hasReport = (r: ExtraRecord) => isObj(r.mock) && isObj(r.mock.report);

/**
 * Which copy of an `extra` record wins a merge, per store; stores not listed keep the copy with
 * the newer `updatedAt` (ties keep the current one). Mock interviews (`{ key, updatedAt, mock }`):
 * a finished copy (with a report) beats an in-progress one even when that was saved later, since
 * a finished mock never goes back to in progress; otherwise the newer copy wins.
 */
export const EXTRA_RULES: ReadonlyMap<string, ExtraRule> = new Map([
  ["mocks", (y, x) => (hasReport(y) === hasReport(x) ? newerUpdate(y, x) : hasReport(y))],
]);

/** Does `incoming` replace `current` (same key) in the `extra` store `store`? */
export const extraWins = (store: string, incoming: ExtraRecord, current: ExtraRecord): boolean =>
  (EXTRA_RULES.get(store) ?? newerUpdate)(incoming, current);

function unionBy<T>(
  a: readonly T[],
  b: readonly T[],
  id: (x: T) => string,
  newer: (x: T, y: T) => boolean,
): T[] {
  const out = new Map<string, T>();
  for (const x of a) out.set(id(x), x);
  for (const y of b) {
    const x = out.get(id(y));
    if (!x || newer(y, x)) out.set(id(y), y);
  }
  return [...out.values()];
}

/**
 * Merge two backups (e.g. what is in this browser and an imported file) without losing either
 * side. Attempts are unioned; drafts and packs keep the newer copy, extra records the copy their
 * store's rule prefers (extraWins); settings from `incoming` fill only what `current` lacks (your
 * current settings win).
 */
export function mergeBackups(current: Backup, incoming: Backup): Backup {
  const stripId = ({ id: _id, ...rest }: BackupAttempt) => rest as BackupAttempt;
  const extra: Backup["extra"] = { ...current.extra };
  for (const [store, arr] of Object.entries(incoming.extra)) {
    extra[store] = unionBy(
      extra[store] ?? [],
      arr,
      (x) => x.key,
      (y, x) => extraWins(store, y, x),
    );
  }
  return {
    ...current,
    settings: { ...incoming.settings, ...current.settings },
    attempts: unionBy(
      current.attempts.map(stripId),
      incoming.attempts.map(stripId),
      attemptIdentity,
      () => false,
    ).sort((x, y) => x.at - y.at),
    drafts: unionBy(
      current.drafts,
      incoming.drafts,
      (d) => d.key,
      (y, x) => y.updatedAt > x.updatedAt,
    ),
    packs: unionBy(
      current.packs,
      incoming.packs,
      (p) => p.id,
      (y, x) => y.importedAt > x.importedAt,
    ),
    extra,
  };
}
