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
} from "../domain/backup/backup";
import { describeStorageError, type StoredAttempt } from "../lib/storage/db";
import { getDb } from "./db-handle";

/** Stores holding user progress (wiped by "Reset progress"); packs and settings are kept. */
const PROGRESS_STORES = ["attempts", "drafts"] as const;

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
  backup.drafts = await db.getAll("drafts");
  backup.packs = await db.getAll("packs");
  backup.extra.meta = (await db.getAll("meta")).map((m) => ({ ...m }));
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
    const tx = db.transaction(["attempts", "drafts", "packs", "meta"], "readwrite");
    await Promise.all([
      tx.objectStore("attempts").clear(),
      tx.objectStore("drafts").clear(),
      tx.objectStore("packs").clear(),
      tx.objectStore("meta").clear(),
    ]);
    await Promise.all([
      ...merged.attempts.map((a) => tx.objectStore("attempts").add(a as unknown as StoredAttempt)),
      ...merged.drafts.map((d) => tx.objectStore("drafts").put(d)),
      ...merged.packs.map((p) => tx.objectStore("packs").put(p)),
      ...(merged.extra.meta ?? []).map((m) => tx.objectStore("meta").put({ key: m.key, value: m.value })),
    ]);
    await tx.done;
    return { ok: true, merged };
  } catch (e) {
    return { ok: false, message: describeStorageError(e).message };
  }
}

/** Delete attempts and drafts (imported packs and settings stay). */
export async function resetProgress(): Promise<{ ok: true } | { ok: false; message: string }> {
  const db = await getDb();
  if (!db) return { ok: true };
  try {
    const tx = db.transaction([...PROGRESS_STORES], "readwrite");
    await Promise.all(PROGRESS_STORES.map((s) => tx.objectStore(s).clear()));
    await tx.done;
    return { ok: true };
  } catch (e) {
    return { ok: false, message: describeStorageError(e).message };
  }
}
