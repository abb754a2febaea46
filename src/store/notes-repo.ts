/**
 * Bookmarks and personal notes per question, kept in IndexedDB (or in memory when the browser
 * refuses storage, with the problem shown), keyed by questionKey so a pack update keeps them.
 * Clearing a bookmark or a note keeps the record (with its time), so a backup merge carries the
 * clearing over instead of bringing the old mark back. "Reset progress" keeps them: they are the
 * user's own writing, not progress.
 */
import { describeStorageError, type StoredNote } from "../lib/storage/db";
import { getDb, readFailed, reportDbProblem } from "./db-handle";
import { journal } from "./journal";

export type QuestionNote = StoredNote;
type NotePatch = Partial<Pick<QuestionNote, "bookmarked" | "note">>;

const memory = new Map<string, QuestionNote>();

/** Changes not yet known to be in IndexedDB, copied synchronously (see ./journal): a note typed
 * right before a reload is kept. Each copy holds the fields changed since the last write landed. */
const noteCopies = journal(
  "mle-dojo:note:",
  (v: unknown): v is NotePatch =>
    !!v &&
    typeof v === "object" &&
    (!("note" in v) || typeof v.note === "string") &&
    (!("bookmarked" in v) || typeof v.bookmarked === "boolean"),
);

/** `stored` with its journalled changes applied when they are newer. */
function withCopy(key: string, stored: QuestionNote | undefined): QuestionNote | undefined {
  const copy = noteCopies.read(key);
  if (!copy || (stored && copy.at < stored.updatedAt)) return stored;
  const base = stored ?? { key, bookmarked: false, note: "" };
  const { bookmarked = base.bookmarked, note = base.note } = copy.value;
  return { key, bookmarked, note, updatedAt: copy.at };
}

/** `records` with every journalled change applied (a note only journalled is added). */
export function withNoteCopies(records: QuestionNote[]): QuestionNote[] {
  const byKey = new Map(records.map((n) => [n.key, n]));
  for (const [key] of noteCopies.all()) byKey.set(key, withCopy(key, byKey.get(key))!);
  return [...byKey.values()];
}

/** Forget the journalled changes (after a backup merge wrote them, with everything else). */
export function clearNoteCopies(): void {
  noteCopies.clear();
}

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
  // Without IndexedDB the copies are all that outlives a reload.
  if (!db) return withCopy(key, memory.get(key)) ?? empty;
  const stored = await db.get("notes", key).catch(() => undefined);
  return withCopy(key, parseNote(stored)) ?? memory.get(key) ?? empty;
}

/** Every bookmark and note (records with neither are included: see the module comment). */
export async function listNotes(): Promise<QuestionNote[]> {
  const db = await getDb();
  if (!db) return withNoteCopies([...memory.values()]);
  const all = (await db.getAll("notes").catch(readFailed("bookmarks and notes", []))) as unknown[];
  return withNoteCopies(all.map(parseNote).filter((n): n is QuestionNote => n !== undefined));
}

/** Saves of each question, one after another (each reads the record the previous one wrote). */
const saving = new Map<string, Promise<unknown>>();

/**
 * Change the bookmark and/or note of question `key` at `now`. The change is journalled before this
 * returns (so it survives a reload that drops the IndexedDB write), then saved. Resolves to the
 * saved record.
 */
export function saveNote(
  key: string,
  patch: NotePatch,
  now: number,
): Promise<{ ok: true; note: QuestionNote } | { ok: false; message: string }> {
  noteCopies.write(key, { ...noteCopies.read(key)?.value, ...patch }, now);
  const save = async () => {
    const note = { ...(await getNote(key)), ...patch, key, updatedAt: now };
    memory.set(key, note);
    const db = await getDb();
    if (!db) return { ok: true as const, note };
    try {
      await db.put("notes", note);
      noteCopies.forget(key, now);
      return { ok: true as const, note };
    } catch (e) {
      const err = describeStorageError(e);
      reportDbProblem(err);
      return { ok: false as const, message: err.message };
    }
  };
  const result = (saving.get(key) ?? Promise.resolve()).then(save, save);
  saving.set(key, result);
  void result.finally(() => saving.get(key) === result && saving.delete(key));
  return result;
}
