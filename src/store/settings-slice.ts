import type { StateCreator } from "zustand";
import { SCREEN_30_ID } from "../domain/mock/templates";
import { DEFAULT_PACKAGE_BASE_URL } from "../runners/python/package-source";

export type ThemePreference = "system" | "light" | "dark";

export interface SettingsSlice {
  theme: ThemePreference;
  /** Boot the Python engine in the background once the app is idle after first paint. */
  preloadPython: boolean;
  /** Where optional Python packages (numpy…) are downloaded from. */
  packageBaseUrl: string;
  /** Self-assessment starts with the items the answer shows evidence for ticked (off: all unticked). */
  preTickSuggestions: boolean;
  /** The built-in mock loop the Mock page preselects: the one last started (first: the 30-minute screen). */
  lastMockLoop: string;
  setTheme: (theme: ThemePreference) => void;
  setPreloadPython: (on: boolean) => void;
  setPackageBaseUrl: (url: string) => void;
  setPreTickSuggestions: (on: boolean) => void;
  setLastMockLoop: (id: string) => void;
}

export const defaultSettings = {
  theme: "system" as ThemePreference,
  preloadPython: true,
  packageBaseUrl: DEFAULT_PACKAGE_BASE_URL,
  preTickSuggestions: false,
  lastMockLoop: SCREEN_30_ID,
};

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  ...defaultSettings,
  setTheme: (theme) => set({ theme }),
  setPreloadPython: (preloadPython) => set({ preloadPython }),
  setPackageBaseUrl: (packageBaseUrl) => set({ packageBaseUrl }),
  setPreTickSuggestions: (preTickSuggestions) => set({ preTickSuggestions }),
  setLastMockLoop: (lastMockLoop) => set({ lastMockLoop }),
});
