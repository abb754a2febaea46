/**
 * Attempts and drafts, kept in IndexedDB (or in memory when the browser refuses storage, with the
 * problem shown). Every attempt is keyed by questionKey(packId, questionId) so pack updates keep
 * history. Writes report failures as values; reads skip records that are not attempts.
 */
import type { GradeResult, Status } from "../domain/grading/result";
import { describeStorageError, StorageError, type StoredAttempt, type StoredDraft } from "../lib/storage/db";
import { getDb, readFailed, reportDbProblem } from "./db-handle";
import { journal } from "./journal";

export type AttemptMode = "practice" | "mock" | "drill";

export interface Attempt {
  id?: number;
  questionKey: string;
  packId: string;
  questionId: string;
  packVersion: string;
  kind: string;
  mode: AttemptMode;
  /** When the attempt was submitted (ms since epoch). */
  at: number;
  timeSpentMs: number;
  status: Status;
  score: number;
  /** The grader's result (per case / per rubric item). */
  result: GradeResult;
  hintsUsed: number;
  solutionViewed: boolean;
  /** What was answered (code, option ids, text), for review. */
  answer?: unknown;
}

const memoryAttempts: Attempt[] = [];
const memoryDrafts = new Map<string, unknown>();
let nextMemoryId = 1;

/** Keep the readable attempts; report (once per read) how many damaged records were skipped. */
function readable(records: unknown[]): Attempt[] {
  const good = records.filter(isAttempt);
  const bad = records.length - good.length;
  if (bad > 0) {
    reportDbProblem(
      new StorageError(
        "corrupted",
        `${bad} saved ${bad === 1 ? "attempt" : "attempts"} could not be read and ${bad === 1 ? "was" : "were"} skipped; everything else is shown. Nothing was deleted.`,
      ),
    );
  }
  return good;
}

function isAttempt(x: unknown): x is Attempt {
  const a = x as Attempt;
  return !!a && typeof a.questionKey === "string" && typeof a.at === "number" && typeof a.score === "number";
}

/** Store an attempt. Resolves to its id, or to an error message (storage full, unavailable). */
export async function recordAttempt(
  attempt: Attempt,
): Promise<{ ok: true; id: number } | { ok: false; message: string }> {
  const db = await getDb();
  if (!db) {
    const id = nextMemoryId++;
    memoryAttempts.push({ ...attempt, id });
    return { ok: true, id };
  }
  try {
    const { id: _drop, ...rest } = attempt;
    const id = await db.add("attempts", rest as unknown as StoredAttempt);
    return { ok: true, id };
  } catch (e) {
    const err = describeStorageError(e);
    reportDbProblem(err);
    return { ok: false, message: err.message };
  }
}

/** Attempts at one question, newest first. */
export async function listAttempts(questionKey: string): Promise<Attempt[]> {
  const db = await getDb();
  const all = db
    ? ((await db
        .getAllFromIndex("attempts", "byQuestion", questionKey)
        .catch(readFailed("attempts", []))) as unknown[])
    : memoryAttempts.filter((a) => a.questionKey === questionKey);
  return readable(all).sort((a, b) => b.at - a.at);
}

/** Every attempt, oldest first. */
export async function listAllAttempts(): Promise<Attempt[]> {
  const db = await getDb();
  // The whole store, not the byTime index: a damaged record without a valid `at` is missing from
  // the index, and would be skipped without being reported.
  const all = db
    ? ((await db.getAll("attempts").catch(readFailed("attempts", []))) as unknown[])
    : memoryAttempts;
  return readable(all).sort((a, b) => a.at - b.at);
}

/** A synchronous copy of each draft until its IndexedDB write lands (see ./journal). */
const draftCopies = journal("mle-dojo:draft:", (_v: unknown): _v is unknown => true);

/** Every journalled draft copy, as draft records (a backup takes each one newer than its
 * IndexedDB record, so a draft whose write never landed is neither left out of an export nor lost
 * by a merge). */
export function journalledDrafts(): StoredDraft[] {
  return draftCopies.all().map(([key, c]) => ({ key, value: c.value, updatedAt: c.at }));
}

/** Forget every journalled draft (a reset or a restored backup replaces the saved drafts). */
export function clearDraftCopies(): void {
  draftCopies.clear();
}

/** Save a draft: journalled at once (synchronously), then written to IndexedDB. */
export async function saveDraft(key: string, value: unknown): Promise<void> {
  memoryDrafts.set(key, value);
  const at = Date.now();
  draftCopies.write(key, value, at);
  const db = await getDb();
  if (!db) return;
  try {
    await db.put("drafts", { key, value, updatedAt: at });
    draftCopies.forget(key, at);
  } catch (e) {
    reportDbProblem(describeStorageError(e));
  }
}

/** The saved draft of `key`: the newer of the IndexedDB record and the journalled copy. */
export async function loadDraft(key: string): Promise<unknown> {
  const copy = draftCopies.read(key);
  const db = await getDb();
  // This session's copy in memory is the latest; after a reload only the journalled one is left.
  const fallback = () => (memoryDrafts.has(key) ? memoryDrafts.get(key) : copy?.value);
  if (!db) return fallback();
  try {
    const stored = await db.get("drafts", key);
    if (copy && (!stored || copy.at >= (stored.updatedAt ?? 0))) return copy.value;
    return stored?.value ?? memoryDrafts.get(key);
  } catch {
    return fallback();
  }
}

export async function clearDraft(key: string): Promise<void> {
  memoryDrafts.delete(key);
  draftCopies.forget(key);
  const db = await getDb();
  await db?.delete("drafts", key).catch(() => undefined);
}
