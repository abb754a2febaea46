import type { StateCreator } from "zustand";

export type ThemePreference = "system" | "light" | "dark";

export interface SettingsSlice {
  theme: ThemePreference;
  /** Boot the Python engine in the background once the app is idle after first paint. */
  preloadPython: boolean;
  setTheme: (theme: ThemePreference) => void;
  setPreloadPython: (on: boolean) => void;
}

export const defaultSettings = { theme: "system" as ThemePreference, preloadPython: true };

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  ...defaultSettings,
  setTheme: (theme) => set({ theme }),
  setPreloadPython: (preloadPython) => set({ preloadPython }),
});
