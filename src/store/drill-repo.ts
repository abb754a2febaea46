/**
 * Drill cards and review logs, kept in IndexedDB (or in memory when the browser refuses storage,
 * with the problem shown). A card and its review log are written in one transaction, so a rating
 * is either fully saved or not at all. Reads validate every record; damaged ones are skipped and
 * reported, never deleted.
 */
import {
  parseCardState,
  parseReviewLog,
  type CardState,
  type ReviewLogRecord,
} from "../domain/drill/card-state";
import { describeStorageError, StorageError } from "../lib/storage/db";
import { getDb, readFailed, reportDbProblem } from "./db-handle";

const memoryCards = new Map<string, CardState>();
const memoryLogs: (ReviewLogRecord & { id: number })[] = [];
let nextMemoryLogId = 1;

function keepValid<T>(records: unknown[], parse: (x: unknown) => T | undefined, what: string): T[] {
  const good: T[] = [];
  for (const r of records) {
    const parsed = parse(r);
    if (parsed) good.push(parsed);
  }
  const bad = records.length - good.length;
  if (bad > 0)
    reportDbProblem(
      new StorageError(
        "corrupted",
        `${bad} saved drill ${what} could not be read and ${bad === 1 ? "was" : "were"} skipped; everything else is used. Nothing was deleted.`,
      ),
    );
  return good;
}

/** Every stored drill card. */
export async function listCards(): Promise<CardState[]> {
  const db = await getDb();
  if (!db) return [...memoryCards.values()];
  const all = (await db.getAll("cards").catch(readFailed("drill cards", []))) as unknown[];
  return keepValid(all, parseCardState, "cards");
}

/** The stored card for `key`, or undefined when the question was never drilled. */
export async function getCard(key: string): Promise<CardState | undefined> {
  const db = await getDb();
  if (!db) return memoryCards.get(key);
  return parseCardState(await db.get("cards", key).catch(() => undefined));
}

/** Every review log, oldest first (by review time). */
export async function listReviewLogs(): Promise<ReviewLogRecord[]> {
  const db = await getDb();
  if (!db) return memoryLogs.map(({ id: _id, ...log }) => log).sort((a, b) => a.review - b.review);
  // The whole store: a damaged log without a valid `review` is missing from the byTime index.
  const all = (await db.getAll("reviewLogs").catch(readFailed("drill reviews", []))) as unknown[];
  return keepValid(all, parseReviewLog, "review logs").sort((a, b) => a.review - b.review);
}

/** Save a rated card and its log together. Resolves to the log's id (for an undo), or to an
 * error message on failure. */
export async function saveReview(
  card: CardState,
  log: ReviewLogRecord,
): Promise<{ ok: true; logId: number } | { ok: false; message: string }> {
  const db = await getDb();
  if (!db) {
    memoryCards.set(card.key, card);
    const logId = nextMemoryLogId++;
    memoryLogs.push({ ...log, id: logId });
    return { ok: true, logId };
  }
  try {
    const tx = db.transaction(["cards", "reviewLogs"], "readwrite");
    const [, logId] = await Promise.all([
      tx.objectStore("cards").put(card),
      tx.objectStore("reviewLogs").add(log),
    ]);
    await tx.done;
    return { ok: true, logId };
  } catch (e) {
    const err = describeStorageError(e);
    reportDbProblem(err);
    return { ok: false, message: err.message };
  }
}

/**
 * Take back a saved rating: put back the card as it was before (`previous`; undefined when the
 * question had never been drilled, so its card is deleted) and delete the rating's log, together.
 */
export async function undoReview(
  key: string,
  previous: CardState | undefined,
  logId: number,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const db = await getDb();
  if (!db) {
    if (previous) memoryCards.set(key, previous);
    else memoryCards.delete(key);
    const i = memoryLogs.findIndex((l) => l.id === logId);
    if (i >= 0) memoryLogs.splice(i, 1);
    return { ok: true };
  }
  try {
    const tx = db.transaction(["cards", "reviewLogs"], "readwrite");
    await Promise.all([
      previous ? tx.objectStore("cards").put(previous) : tx.objectStore("cards").delete(key),
      tx.objectStore("reviewLogs").delete(logId),
    ]);
    await tx.done;
    return { ok: true };
  } catch (e) {
    const err = describeStorageError(e);
    reportDbProblem(err);
    return { ok: false, message: err.message };
  }
}
