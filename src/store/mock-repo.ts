/**
 * Mock interviews in IndexedDB: one record per mock holding its session state (saved after every
 * transition, so a reload or crash resumes it) and, once everything is graded, its report. Reads
 * skip and report damaged records; nothing is ever deleted here. Falls back to memory when the
 * browser refuses storage.
 */
import { SESSION_VERSION, type MockAnswer, type MockState } from "../domain/mock/session-types";
import { REPORT_VERSION, type MockReport } from "../domain/mock/report-types";
import { describeStorageError, StorageError, type StoredMock } from "../lib/storage/db";
import { getDb, readFailed, reportDbProblem } from "./db-handle";
import { journalStorage } from "./journal";

/** A readable mock: its state, and its report once finished and graded. */
export interface MockRecord {
  id: string;
  state: MockState;
  report?: MockReport;
  updatedAt: number;
}

/** Every mock saved in this page (the only copy when the browser refuses storage). */
const memory = new Map<string, StoredMock>();
/** Mocks whose latest write was refused: their copy in memory is newer than the stored one. */
const unsaved = new Set<string>();
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object";

/** Structural check of a stored session (enough for the screens not to crash on it). */
export function isMockState(v: unknown): v is MockState {
  return (
    isObj(v) &&
    v.version === SESSION_VERSION &&
    typeof v.id === "string" &&
    typeof v.startedAt === "number" &&
    typeof v.current === "number" &&
    Array.isArray(v.sections) &&
    isObj(v.questions) &&
    isObj(v.submissions) &&
    isObj(v.template) &&
    Array.isArray(v.warnings)
  );
}

/** Structural check of a stored report. */
export function isMockReport(v: unknown): v is MockReport {
  return (
    isObj(v) &&
    v.version === REPORT_VERSION &&
    typeof v.id === "string" &&
    isObj(v.overall) &&
    Array.isArray(v.questions) &&
    Array.isArray(v.sections)
  );
}

function readable(records: StoredMock[]): MockRecord[] {
  const out: MockRecord[] = [];
  let bad = 0;
  for (const r of records) {
    if (!isMockState(r.state) || (r.report !== undefined && !isMockReport(r.report))) {
      bad++;
      continue;
    }
    out.push({
      id: r.id,
      state: r.state,
      ...(r.report ? { report: r.report as MockReport } : {}),
      updatedAt: r.updatedAt,
    });
  }
  if (bad > 0)
    reportDbProblem(
      new StorageError(
        "corrupted",
        `${bad} saved mock ${bad === 1 ? "interview" : "interviews"} could not be read and ${bad === 1 ? "was" : "were"} skipped; everything else is shown. Nothing was deleted.`,
      ),
    );
  return out;
}

/**
 * Save a mock's state (and its report when given; a report saved earlier is kept). Resolves to an error message when storage
 * refuses (the mock then goes on in memory, and the message should be shown).
 */
export async function saveMock(
  state: MockState,
  report?: MockReport,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const record: StoredMock = {
    id: state.id,
    startedAt: state.startedAt,
    updatedAt: Date.now(),
    state,
    ...(report ? { report } : {}),
  };
  // A state saved without a report never drops one saved before (e.g. a late flush on leaving).
  const kept = !report ? memory.get(state.id)?.report : undefined;
  memory.set(state.id, kept ? { ...record, report: kept } : record);
  const db = await getDb();
  if (!db) return { ok: true };
  try {
    const tx = db.transaction("mocks", "readwrite");
    const before = report ? undefined : await tx.store.get(state.id);
    await tx.store.put(before?.report !== undefined ? { ...record, report: before.report } : record);
    await tx.done;
    unsaved.delete(state.id);
    return { ok: true };
  } catch (e) {
    unsaved.add(state.id);
    const err = describeStorageError(e);
    reportDbProblem(err);
    return { ok: false, message: err.message };
  }
}

/** Every readable mock, oldest first. */
export async function listMocks(): Promise<MockRecord[]> {
  const db = await getDb();
  if (!db) return readable([...memory.values()].sort((a, b) => a.startedAt - b.startedAt));
  const stored = await db
    .getAllFromIndex("mocks", "byStart")
    .catch(readFailed("mock interviews", [...memory.values()]));
  // A mock whose latest write was refused is read from memory, where its newer copy is.
  const kept = stored.filter((r) => !unsaved.has(r.id));
  const newer = [...unsaved].flatMap((id) => memory.get(id) ?? []);
  return readable([...kept, ...newer].sort((a, b) => a.startedAt - b.startedAt));
}

/** One mock by id, or undefined (unknown or unreadable). */
export async function getMock(id: string): Promise<MockRecord | undefined> {
  const db = await getDb();
  const stored =
    !db || unsaved.has(id) ? memory.get(id) : await db.get("mocks", id).catch(() => memory.get(id));
  return stored ? readable([stored])[0] : undefined;
}

/** The mock in progress (the newest one without a report), if any. */
export async function activeMock(): Promise<MockRecord | undefined> {
  return (await listMocks()).filter((m) => !m.report).at(-1);
}

/** Reports of finished mocks, oldest first. */
export async function listMockReports(): Promise<MockReport[]> {
  return (await listMocks()).flatMap((m) => (m.report ? [m.report] : []));
}

/**
 * A synchronous journal of the drafts typed since the mock was last saved, in localStorage: an
 * IndexedDB write started while the page unloads (a reload right after typing) may never land,
 * a localStorage write always does. Entries are replayed on load and cleared once saved.
 */
export interface JournalEntry {
  key: string;
  draft: MockAnswer;
  at: number;
}
const journalKey = (mockId: string) => `mle-dojo:mock-journal:${mockId}`;

/** The journal of `mockId` (empty when absent, unreadable or damaged). */
export function readDraftJournal(mockId: string): JournalEntry[] {
  try {
    const raw = JSON.parse(journalStorage()?.getItem(journalKey(mockId)) ?? "[]") as unknown;
    return Array.isArray(raw)
      ? raw.filter(
          (e): e is JournalEntry =>
            isObj(e) && typeof e.key === "string" && isObj(e.draft) && typeof e.at === "number",
        )
      : [];
  } catch {
    return [];
  }
}

/** Record the draft of question `key` typed at `at` (the latest per question is kept). */
export function journalDraft(mockId: string, key: string, draft: MockAnswer, at: number): void {
  const entries = readDraftJournal(mockId).filter((e) => e.key !== key);
  try {
    journalStorage()?.setItem(journalKey(mockId), JSON.stringify([...entries, { key, draft, at }]));
  } catch {
    // Storage full or refused: the IndexedDB save still runs.
  }
}

/** Forget the journal entries written at or before `savedAt` (they are in the saved state). */
export function clearDraftJournal(mockId: string, savedAt: number): void {
  const left = readDraftJournal(mockId).filter((e) => e.at > savedAt);
  try {
    if (left.length) journalStorage()?.setItem(journalKey(mockId), JSON.stringify(left));
    else journalStorage()?.removeItem(journalKey(mockId));
  } catch {
    // Nothing to do: a stale entry is replayed harmlessly (the same draft).
  }
}
