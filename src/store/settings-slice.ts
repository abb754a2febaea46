import type { StateCreator } from "zustand";
import { DEFAULT_PACKAGE_BASE_URL } from "../runners/python/package-source";

export type ThemePreference = "system" | "light" | "dark";

export interface SettingsSlice {
  theme: ThemePreference;
  /** Boot the Python engine in the background once the app is idle after first paint. */
  preloadPython: boolean;
  /** Where optional Python packages (numpy…) are downloaded from. */
  packageBaseUrl: string;
  setTheme: (theme: ThemePreference) => void;
  setPreloadPython: (on: boolean) => void;
  setPackageBaseUrl: (url: string) => void;
}

export const defaultSettings = {
  theme: "system" as ThemePreference,
  preloadPython: true,
  packageBaseUrl: DEFAULT_PACKAGE_BASE_URL,
};

export const createSettingsSlice: StateCreator<SettingsSlice, [], [], SettingsSlice> = (set) => ({
  ...defaultSettings,
  setTheme: (theme) => set({ theme }),
  setPreloadPython: (preloadPython) => set({ preloadPython }),
  setPackageBaseUrl: (packageBaseUrl) => set({ packageBaseUrl }),
});
