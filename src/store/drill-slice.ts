/**
 * Daily-drill state in the store: the drill settings (persisted with the other settings) and the
 * session in progress (also persisted, so a reload mid-session keeps the position). Cards and
 * review logs live in IndexedDB (drill-repo.ts); this slice only holds small, synchronous state.
 */
import type { StateCreator } from "zustand";
import type { CardState, DrillRating } from "../domain/drill/card-state";

/** What the user chose for daily drills. */
export interface DrillSettings {
  /** New questions introduced per day. */
  newPerDay: number;
  /** Probability of recall FSRS aims for when a card comes due (0.7..0.99). */
  desiredRetention: number;
  /** Questions to review per day to meet the goal. */
  dailyGoal: number;
  /** How long a day's drill should take, in the questions' estimated minutes. */
  minutesPerDay: number;
  /** Only these packs (all enabled packs when empty). */
  packs: string[];
  /** Only these categories (all when empty). */
  categories: string[];
}

/**
 * A drill session: the question keys and where the user is. Without `topics` it walks today's
 * queue; with `topics` it is a topic drill, which walks its own keys whatever today's queue holds.
 */
export interface DrillSession {
  /** The drill day it was started on ("YYYY-MM-DD"); a daily session from another day is stale. */
  day: string;
  keys: string[];
  index: number;
  /** The topics of a topic drill (absent for the daily session). */
  topics?: string[];
  /** What a custom study session is, e.g. "Review ahead" (absent for the daily session). */
  custom?: string;
}

/** Whether `session` walks its own keys (a topic drill or a custom study session), not today's queue. */
export function isFocusedSession(
  session: DrillSession | null | undefined,
): session is DrillSession & ({ topics: string[] } | { custom: string }) {
  return !!session && (session.topics !== undefined || session.custom !== undefined);
}

/** Custom study that extends today's drill beyond the daily settings ("study more today"). */
export interface DrillExtra {
  /** The drill day it applies to ("YYYY-MM-DD"); ignored on any other day. */
  day: string;
  /** Minutes added to today's budget. */
  minutes: number;
  /** New questions added to today's limit. */
  newQuestions: number;
}

/** The last rating given, kept (in memory only) so it can be taken back once. */
export interface DrillUndo {
  key: string;
  rating: DrillRating;
  /** The card before the rating (undefined: the question had never been drilled). */
  previous?: CardState;
  logId: number;
  /** The session as it was before the rating moved it on. */
  session: DrillSession | null;
}

export interface DrillSlice {
  drill: DrillSettings;
  drillSession: DrillSession | null;
  /** Today's custom study extension, if any (persisted; stale on another day). */
  drillExtra: DrillExtra | null;
  /** The last rating, while it can still be undone; not persisted. */
  drillUndo: DrillUndo | null;
  /** A one-off message for the drill screen (e.g. a topic drill finished); not persisted. */
  drillNotice: string | null;
  setDrillSettings: (patch: Partial<DrillSettings>) => void;
  setDrillSession: (session: DrillSession | null) => void;
  setDrillNotice: (notice: string | null) => void;
  setDrillExtra: (extra: DrillExtra | null) => void;
}

export const DRILL_DEFAULTS: DrillSettings = {
  newPerDay: 5,
  desiredRetention: 0.9,
  dailyGoal: 5,
  minutesPerDay: 15,
  packs: [],
  categories: [],
};

const intIn = (v: unknown, lo: number, hi: number, fallback: number): number =>
  typeof v === "number" && Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v))) : fallback;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** Keep each valid drill setting and default the rest (a save from before drills has none). */
export function repairDrillSettings(raw: unknown): DrillSettings {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const retention =
    typeof r.desiredRetention === "number" && Number.isFinite(r.desiredRetention)
      ? Math.min(0.99, Math.max(0.7, r.desiredRetention))
      : DRILL_DEFAULTS.desiredRetention;
  return {
    newPerDay: intIn(r.newPerDay, 0, 100, DRILL_DEFAULTS.newPerDay),
    desiredRetention: retention,
    dailyGoal: intIn(r.dailyGoal, 1, 200, DRILL_DEFAULTS.dailyGoal),
    minutesPerDay: intIn(r.minutesPerDay, 5, 480, DRILL_DEFAULTS.minutesPerDay),
    packs: strings(r.packs),
    categories: strings(r.categories),
  };
}

/**
 * A saved session if it is well formed, else null. A save from before topic drills has no
 * `topics` and stays a daily session; a topic drill whose topics are damaged (none left) is
 * dropped rather than turned into a daily session over the wrong keys.
 */
export function repairDrillSession(raw: unknown): DrillSession | null {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : null;
  if (!r || typeof r.day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(r.day)) return null;
  const keys = strings(r.keys);
  if (keys.length === 0 || typeof r.index !== "number" || !Number.isInteger(r.index)) return null;
  const session: DrillSession = { day: r.day, keys, index: Math.min(keys.length, Math.max(0, r.index)) };
  if (r.custom !== undefined)
    return typeof r.custom === "string" && r.custom.trim() ? { ...session, custom: r.custom } : null;
  if (r.topics === undefined) return session;
  const topics = strings(r.topics).filter((t) => t.trim() !== "");
  return topics.length ? { ...session, topics } : null;
}

/** A saved custom study extension if it is well formed, else null. */
export function repairDrillExtra(raw: unknown): DrillExtra | null {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : null;
  if (!r || typeof r.day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(r.day)) return null;
  return { day: r.day, minutes: intIn(r.minutes, 0, 480, 0), newQuestions: intIn(r.newQuestions, 0, 100, 0) };
}

export const createDrillSlice: StateCreator<DrillSlice, [], [], DrillSlice> = (set, get) => ({
  drill: DRILL_DEFAULTS,
  drillSession: null,
  drillExtra: null,
  drillUndo: null,
  drillNotice: null,
  setDrillSettings: (patch) => set({ drill: repairDrillSettings({ ...get().drill, ...patch }) }),
  setDrillSession: (drillSession) => set({ drillSession }),
  setDrillNotice: (drillNotice) => set({ drillNotice }),
  setDrillExtra: (extra) => set({ drillExtra: extra ? repairDrillExtra(extra) : null }),
});
