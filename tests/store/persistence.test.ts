import { describe, expect, it, vi } from "vitest";
import { DEFAULT_PACKAGE_BASE_URL } from "../../src/runners/python/package-source";

const CDN = DEFAULT_PACKAGE_BASE_URL;
import {
  migrateSettings,
  repairSettings,
  safeSettingsStorage,
  SETTINGS_KEY,
  SETTINGS_VERSION,
} from "../../src/store/persistence";
import { DRILL_DEFAULTS } from "../../src/store/drill-slice";
import { memoryStorage } from "./memory-storage";

const noDrill = {
  drill: DRILL_DEFAULTS,
  drillSession: null,
  drillExtra: null,
  mockLock: null,
  preTickSuggestions: false,
  lastMockLoop: "screen-30",
};

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
  it("v1 → v2 adds pre-ticking of suggested rubric items, off", () => {
    expect(migrateSettings({ theme: "dark", preTickSuggestions: true }, 1).preTickSuggestions).toBe(false);
    expect(migrateSettings({ theme: "dark" }, 1)).toMatchObject({ theme: "dark", preTickSuggestions: false });
    expect(SETTINGS_VERSION).toBe(2);
  });
  it("current version passes through repaired", () => {
    expect(
      migrateSettings({ theme: "light", preloadPython: false, preTickSuggestions: true }, 2),
    ).toMatchObject({
      preTickSuggestions: true,
    });
    expect(migrateSettings({ theme: "light", preloadPython: false }, 2)).toEqual({
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

describe("the mock loop last started", () => {
  it("defaults to the 30-minute screen and keeps only a built-in loop's id", () => {
    expect(repairSettings({}).lastMockLoop).toBe("screen-30");
    expect(repairSettings({ lastMockLoop: "infra" }).lastMockLoop).toBe("infra");
    expect(repairSettings({ lastMockLoop: "custom" }).lastMockLoop).toBe("screen-30");
    expect(repairSettings({ lastMockLoop: "gone" }).lastMockLoop).toBe("screen-30");
    expect(repairSettings({ lastMockLoop: 3 }).lastMockLoop).toBe("screen-30");
  });
});

describe("drill settings in a version 1 save", () => {
  it("default when missing, keep valid values, clamp or drop invalid ones", () => {
    expect(repairSettings({ theme: "dark" }).drill).toEqual(DRILL_DEFAULTS);
    const drill = { newPerDay: 2, desiredRetention: 0.85, dailyGoal: 3, packs: ["sql"], categories: [] };
    // A save from before the daily time budget gets the default 15 minutes.
    expect(repairSettings({ drill }).drill).toEqual({ ...drill, minutesPerDay: 15 });
    expect(repairSettings({ drill: { ...drill, minutesPerDay: 30 } }).drill.minutesPerDay).toBe(30);
    expect(repairSettings({ drill: { ...drill, minutesPerDay: 1 } }).drill.minutesPerDay).toBe(5);
    expect(
      repairSettings({ drill: { newPerDay: -4, desiredRetention: 2, dailyGoal: "x", packs: [1, "a"] } })
        .drill,
    ).toEqual({
      newPerDay: 0,
      desiredRetention: 0.99,
      dailyGoal: 5,
      minutesPerDay: 15,
      packs: ["a"],
      categories: [],
    });
  });

  it("keeps today's custom study extension and a custom study session, drops damaged ones", () => {
    const extra = { day: "2026-11-27", minutes: 15, newQuestions: 3 };
    expect(repairSettings({ drillExtra: extra }).drillExtra).toEqual(extra);
    expect(repairSettings({ drillExtra: { day: "later", minutes: 15 } }).drillExtra).toBeNull();
    expect(repairSettings({}).drillExtra).toBeNull();
    const custom = { day: "2026-11-27", keys: ["p/a"], index: 0, custom: "Review ahead (next 3 days)" };
    expect(repairSettings(JSON.parse(JSON.stringify({ drillSession: custom }))).drillSession).toEqual(custom);
    expect(repairSettings({ drillSession: { ...custom, custom: 4 } }).drillSession).toBeNull();
  });

  it("keeps a well-formed session and drops a damaged one", () => {
    const session = { day: "2026-11-27", keys: ["p/a", "p/b"], index: 1 };
    expect(repairSettings({ drillSession: session }).drillSession).toEqual(session);
    expect(repairSettings({ drillSession: { ...session, index: 9 } }).drillSession?.index).toBe(2);
    expect(repairSettings({ drillSession: { ...session, day: "yesterday" } }).drillSession).toBeNull();
    expect(repairSettings({ drillSession: { ...session, keys: [] } }).drillSession).toBeNull();
  });
});
