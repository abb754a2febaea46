/**
 * The single zustand store, built from slices. Only this folder calls `create`.
 * Settings persist to localStorage (small, synchronous, needed before first paint); progress will
 * live in IndexedDB.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { createSettingsSlice, type SettingsSlice } from "./settings-slice";
import { createCatalogSlice, type CatalogSlice } from "./catalog-slice";
import { createDrillSlice, type DrillSlice } from "./drill-slice";
import { onDbProblem } from "./db-handle";
import { onPythonState } from "./engines";
import type { MockLock } from "./mock-lock-state";
import type { PythonState } from "../runners/python/python-runner";
import {
  migrateSettings,
  repairSettings,
  safeSettingsStorage,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type PersistedSettings,
  type StorageProblem,
} from "./persistence";

export type { ThemePreference } from "./settings-slice";
export type { PackEntry } from "./catalog-slice";
export type { PythonState } from "../runners/python/python-runner";
export type { StorageProblem } from "./persistence";
export type { MockLock } from "./mock-lock-state";

export interface AppSlice {
  /** Problems met while loading or saving, shown to the user. */
  storageProblems: StorageProblem[];
  dismissStorageProblems: () => void;
  /** State of the Python engine, for the status indicator. */
  pythonState: PythonState;
  /** Bumped whenever stored progress changes wholesale (a backup merged, progress reset), so
   * every screen reading IndexedDB reads it again: no manual reload. */
  dataVersion: number;
  dataChanged: () => void;
  /** The strict mock locking the main navigation, if any (see mock-lock.ts). */
  mockLock: MockLock | null;
  setMockLock: (lock: MockLock | null) => void;
}

export type AppState = SettingsSlice & CatalogSlice & DrillSlice & AppSlice;

export const useAppStore = create<AppState>()(
  persist(
    (set, get, api) => ({
      ...createSettingsSlice(set, get, api),
      ...createCatalogSlice(set, get, api),
      ...createDrillSlice(set, get, api),
      storageProblems: [],
      dismissStorageProblems: () => set({ storageProblems: [] }),
      pythonState: "idle",
      dataVersion: 0,
      dataChanged: () => set((s) => ({ dataVersion: s.dataVersion + 1 })),
      mockLock: null,
      setMockLock: (mockLock) => set({ mockLock }),
    }),
    {
      name: SETTINGS_KEY,
      version: SETTINGS_VERSION,
      storage: safeSettingsStorage(
        () => (typeof window === "undefined" ? undefined : window.localStorage),
        (p) => queueMicrotask(() => reportProblem(p)),
      ),
      partialize: (s): PersistedSettings => ({
        theme: s.theme,
        preloadPython: s.preloadPython,
        packageBaseUrl: s.packageBaseUrl,
        preTickSuggestions: s.preTickSuggestions,
        lastMockLoop: s.lastMockLoop,
        disabledPacks: s.disabledPacks,
        drill: s.drill,
        drillSession: s.drillSession,
        drillExtra: s.drillExtra,
        mockLock: s.mockLock,
      }),
      migrate: (persisted, version) => migrateSettings(persisted, version) as unknown as AppState,
      merge: (persisted, current) => ({ ...current, ...repairSettings(persisted) }),
    },
  ),
);

function reportProblem(p: StorageProblem): void {
  const existing = useAppStore.getState().storageProblems;
  // One message per distinct problem (a damaged attempt and a damaged mock are both shown).
  if (existing.some((e) => e.kind === p.kind && e.message === p.message)) return;
  useAppStore.setState({ storageProblems: [...existing, p] });
}

onDbProblem((e) => reportProblem({ kind: e.kind, message: e.message }));
onPythonState((pythonState) => useAppStore.setState({ pythonState }));

export { getPythonRunner, getSqlRunner, preloadPython } from "./engines";
export * from "./progress-repo";
export { useCatalog } from "./use-catalog";
export { useAllAttempts, useBestScores } from "./use-attempts";
export { useNote, useNotes } from "./use-notes";
export { readBackup, importBackup, resetProgress } from "./backup-repo";
export type { DrillSettings, DrillSession, DrillExtra } from "./drill-slice";
export { isFocusedSession } from "./drill-slice";
export {
  saveMock,
  listMocks,
  getMock,
  activeMock,
  listMockReports,
  isMockState,
  isMockReport,
  readDraftJournal,
  journalDraft,
  clearDraftJournal,
  type MockRecord,
} from "./mock-repo";
export { useMockReports } from "./use-mock-reports";
// Heavier modules are imported from their own files so first paint does not load them:
// ./mock-flow (starting and closing mocks), ./use-engines (running answers), ./drill-session
// and ./drill-topic (the FSRS scheduler).
