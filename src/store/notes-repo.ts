/**
 * Bookmarks and personal notes per question, kept in IndexedDB (or in memory when the browser
 * refuses storage, with the problem shown), keyed by questionKey so a pack update keeps them.
 * Clearing a bookmark or a note keeps the record (with its time), so a backup merge carries the
 * clearing over instead of bringing the old mark back. "Reset progress" keeps them: they are the
 * user's own writing, not progress.
 */
import { describeStorageError, type StoredNote } from "../lib/storage/db";
import { getDb, readFailed, reportDbProblem } from "./db-handle";

export type QuestionNote = StoredNote;

const memory = new Map<string, QuestionNote>();

/** A note record read back from storage or a backup, or undefined when it is not one. */
export function parseNote(x: unknown): QuestionNote | undefined {
  const r = x as Partial<QuestionNote> | null;
  if (!r || typeof r !== "object" || typeof r.key !== "string" || !r.key) return undefined;
  return {
    key: r.key,
    bookmarked: r.bookmarked === true,
    note: typeof r.note === "string" ? r.note : "",
    updatedAt: typeof r.updatedAt === "number" && Number.isFinite(r.updatedAt) ? r.updatedAt : 0,
  };
}

/** The bookmark and note of question `key` (an empty one when there is none). */
export async function getNote(key: string): Promise<QuestionNote> {
  const empty = { key, bookmarked: false, note: "", updatedAt: 0 };
  const db = await getDb();
  if (!db) return memory.get(key) ?? empty;
  const stored = await db.get("notes", key).catch(() => undefined);
  return parseNote(stored) ?? memory.get(key) ?? empty;
}

/** Every bookmark and note (records with neither are included: see the module comment). */
export async function listNotes(): Promise<QuestionNote[]> {
  const db = await getDb();
  if (!db) return [...memory.values()];
  const all = (await db.getAll("notes").catch(readFailed("bookmarks and notes", []))) as unknown[];
  return all.map(parseNote).filter((n): n is QuestionNote => n !== undefined);
}

/** Change the bookmark and/or note of question `key` at `now`. Resolves to the saved record. */
export async function saveNote(
  key: string,
  patch: Partial<Pick<QuestionNote, "bookmarked" | "note">>,
  now: number,
): Promise<{ ok: true; note: QuestionNote } | { ok: false; message: string }> {
  const note = { ...(await getNote(key)), ...patch, key, updatedAt: now };
  memory.set(key, note);
  const db = await getDb();
  if (!db) return { ok: true, note };
  try {
    await db.put("notes", note);
    return { ok: true, note };
  } catch (e) {
    const err = describeStorageError(e);
    reportDbProblem(err);
    return { ok: false, message: err.message };
  }
}
