/**
 * Backups of everything in this browser: read all stores into one Backup, merge a backup file in
 * (one IndexedDB transaction, so a failure changes nothing), and reset progress. Pure merging
 * rules live in domain/backup.
 */
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  mergeBackups,
  type Backup,
  type BackupAttempt,
  type ExtraRecord,
} from "../domain/backup/backup";
import {
  describeStorageError,
  type DojoDb,
  type StoredAttempt,
  type StoredCard,
  type StoredMock,
  type StoredNote,
  type StoredReviewLog,
} from "../lib/storage/db";
import { getDb } from "./db-handle";
import { clearNoteCopies, parseNote, withNoteCopies } from "./notes-repo";
import { clearDraftCopies, journalledDrafts } from "./progress-repo";

/** Stores holding user progress (wiped by "Reset progress"); packs, settings, bookmarks and notes
 * (the user's own writing) are kept. */
const PROGRESS_STORES = ["attempts", "drafts", "cards", "reviewLogs", "mocks"] as const;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object";

/** Drill cards and review logs as backup records: `{ key, updatedAt, card }` (the newer card wins a
 * merge) and `{ key: "<card key>@<review time>", log }` (logs are unioned). Kept as stored: they
 * are validated when read back, so a damaged record is reported, never dropped by a backup. */
async function readDrillRecords(db: DojoDb): Promise<Record<"cards" | "reviewLogs", ExtraRecord[]>> {
  const cards = await db.getAll("cards");
  // The whole store, in review order: a damaged log without a valid `review` is missing from the
  // byTime index (it goes last here, so the backup keeps it).
  const when = (l: StoredReviewLog) => (typeof l.review === "number" ? l.review : Infinity);
  const logs = (await db.getAll("reviewLogs")).sort((a, b) =>
    when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0,
  );
  return {
    cards: cards.map((card) => ({
      key: card.key,
      updatedAt: typeof card.lastReview === "number" ? card.lastReview : 0,
      card,
    })),
    reviewLogs: logs.map(({ id: _id, ...log }) => ({ key: `${log.key}@${log.review}`, log })),
  };
}

/** Mock interviews as backup records `{ key: <mock id>, updatedAt, mock }`, kept as stored
 * (damaged ones too: mock-repo validates them when read back). The merge rule is domain/backup's. */
async function readMockRecords(db: DojoDb): Promise<ExtraRecord[]> {
  return (await db.getAll("mocks")).map((mock) => ({
    key: mock.id,
    updatedAt: typeof mock.updatedAt === "number" ? mock.updatedAt : 0,
    mock,
  }));
}

/** Bookmarks and notes as backup records `{ key, updatedAt, note }`: the newer copy wins a merge,
 * so clearing a bookmark (the record stays, with its time) carries over too. */
async function readNoteRecords(db: DojoDb): Promise<ExtraRecord[]> {
  // As stored, with the changes journalled since (a note typed right before a reload) applied.
  const stored: unknown[] = await db.getAll("notes");
  const current = new Map(
    withNoteCopies(stored.map(parseNote).filter((n) => n !== undefined)).map((n) => [n.key, n]),
  );
  const records = stored.map((s) => {
    const n = parseNote(s);
    return (n && current.get(n.key)) ?? s;
  });
  const storedKeys = new Set(stored.map((s) => parseNote(s)?.key));
  for (const n of current.values()) if (!storedKeys.has(n.key)) records.push(n);
  return records.map((note) => {
    const r = note as Partial<StoredNote>;
    return { key: String(r.key), updatedAt: typeof r.updatedAt === "number" ? r.updatedAt : 0, note };
  });
}

const noteOf = (r: ExtraRecord): StoredNote | undefined => {
  const n = parseNote(r.note);
  return n && n.key === r.key ? n : undefined;
};

/** A mock record can be stored only under its own key (`mock.id` is the store's key path). */
const mockOf = (r: ExtraRecord): StoredMock | undefined =>
  isObj(r.mock) && r.mock.id === r.key ? (r.mock as unknown as StoredMock) : undefined;
const cardOf = (r: ExtraRecord): StoredCard | undefined =>
  isObj(r.card) && typeof r.card.key === "string" ? (r.card as StoredCard) : undefined;
const logOf = (r: ExtraRecord): StoredReviewLog | undefined => {
  if (!isObj(r.log) || typeof r.log.key !== "string" || typeof r.log.review !== "number") return undefined;
  const { id: _id, ...log } = r.log as StoredReviewLog;
  return log;
};

/** Everything stored in this browser, as a backup document. */
export async function readBackup(settings: Record<string, unknown>, now: number): Promise<Backup> {
  const db = await getDb();
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    settings,
    attempts: [],
    drafts: [],
    packs: [],
    extra: {},
  };
  if (!db) return backup;
  backup.attempts = ((await db.getAll("attempts")) as unknown as BackupAttempt[]).map(
    ({ id: _id, ...a }) => a as BackupAttempt,
  );
  // A journalled copy newer than its record is the draft the user last saw (its write never landed).
  const drafts = new Map((await db.getAll("drafts")).map((d) => [d.key, d]));
  for (const copy of journalledDrafts()) {
    const stored = drafts.get(copy.key);
    if (!stored || copy.updatedAt >= (stored.updatedAt ?? 0)) drafts.set(copy.key, copy);
  }
  backup.drafts = [...drafts.values()];
  backup.packs = await db.getAll("packs");
  backup.extra.meta = (await db.getAll("meta")).map((m) => ({ ...m }));
  Object.assign(backup.extra, await readDrillRecords(db));
  backup.extra.mocks = await readMockRecords(db);
  backup.extra.notes = await readNoteRecords(db);
  return backup;
}

/**
 * Merge `incoming` into what is stored (nothing is lost on either side) and write the result in a
 * single transaction. Resolves to an error message on failure (the stored data is then unchanged).
 */
export async function importBackup(
  incoming: Backup,
  settings: Record<string, unknown>,
  now: number,
): Promise<{ ok: true; merged: Backup } | { ok: false; message: string }> {
  const db = await getDb();
  if (!db)
    return { ok: false, message: "Browser storage is unavailable, so a backup cannot be restored here." };
  const merged = mergeBackups(await readBackup(settings, now), incoming);
  try {
    const stores = ["attempts", "drafts", "packs", "meta", "cards", "reviewLogs", "mocks", "notes"] as const;
    const tx = db.transaction([...stores], "readwrite");
    await Promise.all(stores.map((s) => tx.objectStore(s).clear()));
    const cards = (merged.extra.cards ?? []).map(cardOf).filter((c) => c !== undefined);
    const logs = (merged.extra.reviewLogs ?? []).map(logOf).filter((l) => l !== undefined);
    logs.sort((a, b) => a.review - b.review);
    const mocks = (merged.extra.mocks ?? []).map(mockOf).filter((m) => m !== undefined);
    const notes = (merged.extra.notes ?? []).map(noteOf).filter((n) => n !== undefined);
    await Promise.all([
      ...merged.attempts.map((a) => tx.objectStore("attempts").add(a as unknown as StoredAttempt)),
      ...merged.drafts.map((d) => tx.objectStore("drafts").put(d)),
      ...merged.packs.map((p) => tx.objectStore("packs").put(p)),
      ...(merged.extra.meta ?? []).map((m) => tx.objectStore("meta").put({ key: m.key, value: m.value })),
      ...cards.map((c) => tx.objectStore("cards").put(c)),
      ...logs.map((l) => tx.objectStore("reviewLogs").add(l)),
      ...mocks.map((m) => tx.objectStore("mocks").put(m)),
      ...notes.map((n) => tx.objectStore("notes").put(n)),
    ]);
    await tx.done;
    clearDraftCopies();
    clearNoteCopies();
    return { ok: true, merged };
  } catch (e) {
    return { ok: false, message: describeStorageError(e).message };
  }
}

/** Delete attempts, drafts, drill cards, review logs and mock interviews (imported packs,
 * settings, bookmarks and notes stay). */
export async function resetProgress(): Promise<{ ok: true } | { ok: false; message: string }> {
  const db = await getDb();
  if (!db) {
    clearDraftCopies();
    return { ok: true };
  }
  try {
    const tx = db.transaction([...PROGRESS_STORES], "readwrite");
    await Promise.all(PROGRESS_STORES.map((s) => tx.objectStore(s).clear()));
    await tx.done;
    clearDraftCopies();
    return { ok: true };
  } catch (e) {
    return { ok: false, message: describeStorageError(e).message };
  }
}
