/**
 * One shared IndexedDB connection for the app, opened on first use. When storage is unavailable
 * the problem is reported once and callers get `null`, so features fall back to memory.
 */
import { describeStorageError, openDojoDb, StorageError, type DojoDb } from "../lib/storage/db";

let handle: Promise<DojoDb | null> | undefined;
let listeners: ((e: StorageError) => void)[] = [];

/** Subscribe to storage problems (the store turns them into a visible banner). */
export function onDbProblem(cb: (e: StorageError) => void): () => void {
  listeners.push(cb);
  return () => {
    listeners = listeners.filter((l) => l !== cb);
  };
}

export function reportDbProblem(e: StorageError): void {
  for (const l of listeners) l(e);
}

/** The database, or null when the browser refuses storage. */
export function getDb(): Promise<DojoDb | null> {
  handle ??= openDojoDb().then((r) => {
    if (r.ok) return r.db;
    reportDbProblem(r.error);
    return null;
  });
  return handle;
}

/** Tests only: forget the connection. */
export function resetDbHandle(): void {
  handle = undefined;
}

/**
 * For a failed read: report it (what could not be read, and that nothing was deleted) and go on
 * with `fallback`, so a screen shows what it can instead of an unexplained empty list.
 */
export function readFailed<T>(what: string, fallback: T): (e: unknown) => T {
  return (e) => {
    const cause = describeStorageError(e);
    reportDbProblem(
      new StorageError(
        cause.kind === "failed" ? "failed" : cause.kind,
        `Your saved ${what} could not be read (${(e as { message?: string })?.message ?? String(e)}). Nothing was deleted; reload the page to try again.`,
      ),
    );
    return fallback;
  };
}
