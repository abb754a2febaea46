import { describe, expect, it, vi } from "vitest";
import { DEFAULT_PACKAGE_BASE_URL } from "../../src/runners/python/package-source";

const CDN = DEFAULT_PACKAGE_BASE_URL;
import {
  migrateSettings,
  repairSettings,
  safeSettingsStorage,
  SETTINGS_KEY,
} from "../../src/store/persistence";
import { DRILL_DEFAULTS } from "../../src/store/drill-slice";

const noDrill = { drill: DRILL_DEFAULTS, drillSession: null };

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

describe("repairSettings", () => {
  it("keeps valid fields and defaults invalid ones one by one", () => {
    expect(repairSettings({ theme: "dark", preloadPython: "yes", disabledPacks: ["a", 3] })).toEqual({
      theme: "dark",
      preloadPython: true,
      disabledPacks: ["a"],
      packageBaseUrl: CDN,
      ...noDrill,
    });
    expect(repairSettings({ theme: "neon", preloadPython: false })).toEqual({
      theme: "system",
      preloadPython: false,
      disabledPacks: [],
      packageBaseUrl: CDN,
      ...noDrill,
    });
    expect(repairSettings(null)).toEqual({
      theme: "system",
      preloadPython: true,
      disabledPacks: [],
      packageBaseUrl: CDN,
      ...noDrill,
    });
    expect(repairSettings({ packageBaseUrl: "javascript:alert(1)" }).packageBaseUrl).toBe(CDN);
    expect(repairSettings({ packageBaseUrl: "https://mirror.example/pyodide/" }).packageBaseUrl).toBe(
      "https://mirror.example/pyodide/",
    );
  });
});

describe("migrateSettings", () => {
  it("v0 darkMode becomes a theme", () => {
    expect(migrateSettings({ darkMode: true }, 0).theme).toBe("dark");
    expect(migrateSettings({ darkMode: false }, 0).theme).toBe("light");
    expect(migrateSettings({}, 0).theme).toBe("system");
  });
  it("current version passes through repaired", () => {
    expect(migrateSettings({ theme: "light", preloadPython: false }, 1)).toEqual({
      theme: "light",
      preloadPython: false,
      disabledPacks: [],
      packageBaseUrl: CDN,
      ...noDrill,
    });
  });
});

describe("safeSettingsStorage", () => {
  it("round-trips a value", () => {
    const s = memoryStorage();
    const storage = safeSettingsStorage(() => s, vi.fn());
    storage.setItem(SETTINGS_KEY, {
      state: { theme: "dark", preloadPython: false, disabledPacks: [], packageBaseUrl: CDN, ...noDrill },
      version: 1,
    });
    expect(storage.getItem(SETTINGS_KEY)).toEqual({
      state: { theme: "dark", preloadPython: false, disabledPacks: [], packageBaseUrl: CDN, ...noDrill },
      version: 1,
    });
  });

  it("reports unreadable data, keeps a backup, and does not throw", () => {
    const s = memoryStorage({ [SETTINGS_KEY]: "{oops" });
    const onProblem = vi.fn();
    const storage = safeSettingsStorage(() => s, onProblem);
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining({ kind: "corrupted" }));
    expect(s.getItem(`${SETTINGS_KEY}:unreadable-backup`)).toBe("{oops");
  });

  it("reports unavailable storage (private windows) instead of throwing", () => {
    const onProblem = vi.fn();
    const storage = safeSettingsStorage(() => {
      throw new DOMException("denied", "SecurityError");
    }, onProblem);
    expect(storage.getItem(SETTINGS_KEY)).toBeNull();
    expect(() =>
      storage.setItem(SETTINGS_KEY, {
        state: { theme: "dark", preloadPython: true, disabledPacks: [], packageBaseUrl: CDN, ...noDrill },
        version: 1,
      }),
    ).not.toThrow();
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining({ kind: "unavailable" }));
  });

  it("reports a failed write (quota exceeded)", () => {
    const s = memoryStorage();
    s.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    const onProblem = vi.fn();
    safeSettingsStorage(() => s, onProblem).setItem(SETTINGS_KEY, {
      state: { theme: "dark", preloadPython: true, disabledPacks: [], packageBaseUrl: CDN, ...noDrill },
      version: 1,
    });
    expect(onProblem).toHaveBeenCalledWith(expect.objectContaining({ kind: "write-failed" }));
  });
});

describe("drill settings in a version 1 save", () => {
  it("default when missing, keep valid values, clamp or drop invalid ones", () => {
    expect(repairSettings({ theme: "dark" }).drill).toEqual(DRILL_DEFAULTS);
    const drill = { newPerDay: 2, desiredRetention: 0.85, dailyGoal: 3, packs: ["sql"], categories: [] };
    expect(repairSettings({ drill }).drill).toEqual(drill);
    expect(
      repairSettings({ drill: { newPerDay: -4, desiredRetention: 2, dailyGoal: "x", packs: [1, "a"] } })
        .drill,
    ).toEqual({ newPerDay: 0, desiredRetention: 0.99, dailyGoal: 5, packs: ["a"], categories: [] });
  });

  it("keeps a well-formed session and drops a damaged one", () => {
    const session = { day: "2026-11-27", keys: ["p/a", "p/b"], index: 1 };
    expect(repairSettings({ drillSession: session }).drillSession).toEqual(session);
    expect(repairSettings({ drillSession: { ...session, index: 9 } }).drillSession?.index).toBe(2);
    expect(repairSettings({ drillSession: { ...session, day: "yesterday" } }).drillSession).toBeNull();
    expect(repairSettings({ drillSession: { ...session, keys: [] } }).drillSession).toBeNull();
  });
});
