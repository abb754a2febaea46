/**
 * Settings persistence: what is saved, under which key, and how older or damaged saves are read.
 * Loading repairs what it can (unknown or invalid fields fall back to defaults, one by one) and
 * never throws; a save that cannot be read is kept under a backup key, not silently discarded.
 */
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { getTemplate } from "../domain/mock/templates";
import { isPackageSource } from "../runners/python/package-source";
import { defaultSettings, type ThemePreference } from "./settings-slice";
import { repairMockLock, type MockLock } from "./mock-lock-state";
import {
  repairDrillExtra,
  repairDrillSession,
  repairDrillSettings,
  type DrillExtra,
  type DrillSession,
  type DrillSettings,
} from "./drill-slice";

export const SETTINGS_KEY = "mle-dojo:settings";
export const SETTINGS_VERSION = 2;

export interface PersistedSettings {
  theme: ThemePreference;
  preloadPython: boolean;
  packageBaseUrl: string;
  /** Pre-tick the rubric items an answer shows evidence for (added in version 2; off by default). */
  preTickSuggestions: boolean;
  /** The built-in loop last started on the Mock page (added within version 2: absent means the
   * 30-minute screen, a good first mock). */
  lastMockLoop: string;
  /** Pack ids switched off on the Packs page. */
  disabledPacks: string[];
  /** Daily-drill settings (added within version 1: a save without them gets the defaults). */
  drill: DrillSettings;
  /** The drill session in progress, so a reload keeps the position. */
  drillSession: DrillSession | null;
  /** Today's custom study extension (added within version 1: absent means none). */
  drillExtra: DrillExtra | null;
  /** The strict mock locking navigation (added within version 1: absent means none). */
  mockLock: MockLock | null;
}

const THEMES: readonly string[] = ["system", "light", "dark"];

/** Keep each known field that is valid; default the rest. */
export function repairSettings(raw: unknown): PersistedSettings {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  return {
    theme:
      typeof r.theme === "string" && THEMES.includes(r.theme)
        ? (r.theme as ThemePreference)
        : defaultSettings.theme,
    preloadPython: typeof r.preloadPython === "boolean" ? r.preloadPython : defaultSettings.preloadPython,
    packageBaseUrl:
      typeof r.packageBaseUrl === "string" && isPackageSource(r.packageBaseUrl)
        ? r.packageBaseUrl
        : defaultSettings.packageBaseUrl,
    preTickSuggestions:
      typeof r.preTickSuggestions === "boolean" ? r.preTickSuggestions : defaultSettings.preTickSuggestions,
    lastMockLoop:
      typeof r.lastMockLoop === "string" && getTemplate(r.lastMockLoop)
        ? r.lastMockLoop
        : defaultSettings.lastMockLoop,
    disabledPacks: Array.isArray(r.disabledPacks)
      ? r.disabledPacks.filter((x): x is string => typeof x === "string")
      : [],
    drill: repairDrillSettings(r.drill),
    drillSession: repairDrillSession(r.drillSession),
    drillExtra: repairDrillExtra(r.drillExtra),
    mockLock: repairMockLock(r.mockLock),
  };
}

/** Named migration steps, from the version a save was written with to the current one. */
export function migrateSettings(persisted: unknown, version: number): PersistedSettings {
  let state = persisted;
  // v0 (pre-release) stored `darkMode: boolean` instead of `theme`.
  if (version < 1 && state && typeof state === "object") {
    const { darkMode, ...rest } = state as Record<string, unknown>;
    state = { ...rest, theme: darkMode === true ? "dark" : darkMode === false ? "light" : "system" };
  }
  // v1 → v2: self-assessment no longer pre-ticks by default; it becomes an explicit, opt-in setting.
  if (version < 2 && state && typeof state === "object") {
    state = { ...(state as Record<string, unknown>), preTickSuggestions: false };
  }
  return repairSettings(state);
}

export type StorageProblem = {
  kind: "unavailable" | "corrupted" | "write-failed" | "quota" | "failed";
  message: string;
};

/** localStorage-backed storage that reports problems instead of throwing. */
export function safeSettingsStorage(
  getStorage: () => Storage | undefined,
  onProblem: (p: StorageProblem) => void,
): PersistStorage<PersistedSettings> {
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  let lastWritten: string | undefined;
  return {
    getItem(name) {
      const s = storage();
      if (!s) {
        onProblem({
          kind: "unavailable",
          message: "Browser storage is unavailable (private window?). Settings will not be saved.",
        });
        return null;
      }
      let text: string | null;
      try {
        text = s.getItem(name);
      } catch {
        onProblem({
          kind: "unavailable",
          message: "Browser storage could not be read. Settings will not be saved.",
        });
        return null;
      }
      if (text === null) return null;
      try {
        const parsed = JSON.parse(text) as StorageValue<unknown>;
        if (!parsed || typeof parsed !== "object" || !("state" in parsed)) throw new Error("no state");
        return {
          state: parsed.state as PersistedSettings,
          version: typeof parsed.version === "number" ? parsed.version : 0,
        };
      } catch {
        try {
          s.setItem(`${name}:unreadable-backup`, text);
        } catch {
          /* keep going: the original stays untouched until the next save */
        }
        onProblem({
          kind: "corrupted",
          message:
            "Saved settings could not be read; defaults are used and the old data was kept as a backup.",
        });
        return null;
      }
    },
    setItem(name, value) {
      const s = storage();
      if (!s) return;
      // The store changes often (engine state…); write only when the saved settings change.
      const text = JSON.stringify(value);
      if (text === lastWritten) return;
      lastWritten = text;
      try {
        s.setItem(name, text);
      } catch (e) {
        onProblem({ kind: "write-failed", message: `Settings could not be saved: ${(e as Error).message}` });
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        /* nothing to lose */
      }
    },
  };
}
