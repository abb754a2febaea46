/**
 * The app's IndexedDB database: one versioned schema, upgraded by named steps, opened through the
 * `idb` wrapper. Opening never throws: when IndexedDB is missing or refuses (private windows, a
 * blocked upgrade), callers get a problem they can show and the app keeps working in memory.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";

export const DB_NAME = "mle-dojo";

/** A record kept as written; `value` is validated by its owner when read back. */
export interface StoredPack {
  /** Pack id. */
  id: string;
  /** The pack as imported (already validated once; re-validated on load). */
  pack: unknown;
  importedAt: number;
  /** Where it came from: "file: x.json", "url: https://…", "paste", "link". */
  source: string;
}

export interface StoredDraft {
  /** questionKey(packId, questionId), plus a suffix for multi-field answers. */
  key: string;
  value: unknown;
  updatedAt: number;
}

export interface StoredAttempt {
  id?: number;
  questionKey: string;
  at: number;
  [field: string]: unknown;
}

export interface StoredCard {
  key: string;
  [field: string]: unknown;
}

export interface StoredReviewLog {
  id?: number;
  key: string;
  review: number;
  [field: string]: unknown;
}

/** A mock interview: its session state (domain/mock `MockState`) and, once done, its report. */
export interface StoredMock {
  id: string;
  startedAt: number;
  updatedAt: number;
  state: unknown;
  report?: unknown;
}

/** The user's own marks on a question (keyed by questionKey): a bookmark and a personal note. */
export interface StoredNote {
  key: string;
  bookmarked: boolean;
  note: string;
  updatedAt: number;
}

export interface DojoSchema extends DBSchema {
  packs: { key: string; value: StoredPack };
  drafts: { key: string; value: StoredDraft };
  attempts: { key: number; value: StoredAttempt; indexes: { byQuestion: string; byTime: number } };
  meta: { key: string; value: { key: string; value: unknown } };
  /** Drill cards (domain/drill `CardState`), keyed by questionKey; validated when read back. */
  cards: { key: string; value: StoredCard };
  /** Drill review logs (domain/drill `ReviewLogRecord`), append-only. */
  reviewLogs: { key: number; value: StoredReviewLog; indexes: { byTime: number; byKey: string } };
  /** Mock interviews, in progress and finished; validated when read back. */
  mocks: { key: string; value: StoredMock; indexes: { byStart: number } };
  /** Bookmarks and personal notes per question; validated when read back. */
  notes: { key: string; value: StoredNote };
}

export type DojoDb = IDBPDatabase<DojoSchema>;
type UpgradeTx = IDBPTransaction<DojoSchema, StoreNames<DojoSchema>[], "versionchange">;

/** Named upgrade steps; step N brings the database from version N-1 to N. Never edit a shipped step. */
export const DB_UPGRADES: { version: number; name: string; upgrade: (db: DojoDb, tx: UpgradeTx) => void }[] =
  [
    {
      version: 1,
      name: "create packs, drafts, attempts and meta stores",
      upgrade(db) {
        db.createObjectStore("packs", { keyPath: "id" });
        db.createObjectStore("drafts", { keyPath: "key" });
        const attempts = db.createObjectStore("attempts", { keyPath: "id", autoIncrement: true });
        attempts.createIndex("byQuestion", "questionKey");
        attempts.createIndex("byTime", "at");
        db.createObjectStore("meta", { keyPath: "key" });
      },
    },
    {
      version: 2,
      name: "create cards and reviewLogs stores for daily drills",
      upgrade(db) {
        db.createObjectStore("cards", { keyPath: "key" });
        const logs = db.createObjectStore("reviewLogs", { keyPath: "id", autoIncrement: true });
        logs.createIndex("byTime", "review");
        logs.createIndex("byKey", "key");
      },
    },
    {
      version: 3,
      name: "create the mocks store for mock interviews",
      upgrade(db) {
        const mocks = db.createObjectStore("mocks", { keyPath: "id" });
        mocks.createIndex("byStart", "startedAt");
      },
    },
    {
      version: 4,
      name: "create the notes store for bookmarks and personal notes",
      upgrade(db) {
        db.createObjectStore("notes", { keyPath: "key" });
      },
    },
  ];

export const DB_VERSION = DB_UPGRADES[DB_UPGRADES.length - 1]!.version;

export type StorageProblemKind = "unavailable" | "quota" | "corrupted" | "failed";

export class StorageError extends Error {
  constructor(
    readonly kind: StorageProblemKind,
    message: string,
  ) {
    super(message);
    this.name = "StorageError";
  }
}

/** Turn a DOMException from IndexedDB into a message a user understands. */
export function describeStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = (e as { name?: string })?.name ?? "";
  const msg = (e as { message?: string })?.message ?? String(e);
  if (name === "QuotaExceededError")
    return new StorageError(
      "quota",
      "Your browser's storage for this site is full. Free some space (export a backup, remove old packs) and try again.",
    );
  if (name === "InvalidStateError" || name === "SecurityError" || name === "NotFoundError")
    return new StorageError(
      "unavailable",
      `Browser storage is unavailable (${msg}). Private windows may block it; your work in this tab is kept until you close it.`,
    );
  return new StorageError("failed", `Browser storage failed: ${msg}`);
}

/**
 * Open (and upgrade) the database. Uses the global indexedDB (tests install fake-indexeddb's).
 * Resolves to the database or to a StorageError; never rejects.
 */
export async function openDojoDb(
  name = DB_NAME,
): Promise<{ ok: true; db: DojoDb } | { ok: false; error: StorageError }> {
  if (typeof indexedDB === "undefined")
    return {
      ok: false,
      error: new StorageError("unavailable", "This browser has no IndexedDB, so progress cannot be saved."),
    };
  try {
    const db = await openDB<DojoSchema>(name, DB_VERSION, {
      upgrade(database, oldVersion, _newVersion, tx) {
        for (const step of DB_UPGRADES) if (step.version > oldVersion) step.upgrade(database, tx);
      },
    });
    return { ok: true, db };
  } catch (e) {
    return { ok: false, error: describeStorageError(e) };
  }
}
