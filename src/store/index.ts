/**
 * The single zustand store, built from slices. Only this folder calls `create`.
 * Settings persist to localStorage (small, synchronous, needed before first paint); progress will
 * live in IndexedDB.
 */
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { createSettingsSlice, type SettingsSlice } from "./settings-slice";
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
export type { StorageProblem } from "./persistence";

export interface AppSlice {
  /** Problems met while loading or saving, shown to the user. */
  storageProblems: StorageProblem[];
  dismissStorageProblems: () => void;
}

export type AppState = SettingsSlice & AppSlice;

export const useAppStore = create<AppState>()(
  persist(
    (set, get, api) => ({
      ...createSettingsSlice(set, get, api),
      storageProblems: [],
      dismissStorageProblems: () => set({ storageProblems: [] }),
    }),
    {
      name: SETTINGS_KEY,
      version: SETTINGS_VERSION,
      storage: safeSettingsStorage(
        () => (typeof window === "undefined" ? undefined : window.localStorage),
        (p) => queueMicrotask(() => reportProblem(p)),
      ),
      partialize: (s): PersistedSettings => ({ theme: s.theme, preloadPython: s.preloadPython }),
      migrate: (persisted, version) => migrateSettings(persisted, version) as unknown as AppState,
      merge: (persisted, current) => ({ ...current, ...repairSettings(persisted) }),
    },
  ),
);

function reportProblem(p: StorageProblem): void {
  const existing = useAppStore.getState().storageProblems;
  if (existing.some((e) => e.kind === p.kind)) return;
  useAppStore.setState({ storageProblems: [...existing, p] });
}
