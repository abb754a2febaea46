import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { openDB } from "idb";
import {
  DB_UPGRADES,
  DB_VERSION,
  describeStorageError,
  openDojoDb,
  type DojoSchema,
} from "../../src/lib/storage/db";

let n = 0;
const fresh = () => `test-db-${++n}`;

describe("openDojoDb", () => {
  it("creates every store at the current version", async () => {
    const r = await openDojoDb(fresh());
    if (!r.ok) throw r.error;
    expect(r.db.version).toBe(DB_VERSION);
    expect([...r.db.objectStoreNames].sort()).toEqual([
      "attempts",
      "cards",
      "drafts",
      "meta",
      "mocks",
      "notes",
      "packs",
      "reviewLogs",
    ]);
    await r.db.put("drafts", { key: "p/q", value: "x = 1", updatedAt: 1 });
    expect((await r.db.get("drafts", "p/q"))?.value).toBe("x = 1");
    const id = await r.db.add("attempts", { questionKey: "p/q", at: 5 });
    await r.db.add("attempts", { questionKey: "p/other", at: 6 });
    expect(await r.db.getAllFromIndex("attempts", "byQuestion", "p/q")).toEqual([
      { id, questionKey: "p/q", at: 5 },
    ]);
    r.db.close();
  });

  it("keeps data across reopen", async () => {
    const name = fresh();
    const a = await openDojoDb(name);
    if (!a.ok) throw a.error;
    await a.db.put("packs", { id: "mine", pack: { id: "mine" }, importedAt: 1, source: "paste" });
    a.db.close();
    const b = await openDojoDb(name);
    if (!b.ok) throw b.error;
    expect((await b.db.get("packs", "mine"))?.source).toBe("paste");
    b.db.close();
  });

  it("upgrades a version 1 database to the current version, keeping its data and adding the drill and mock stores", async () => {
    const name = fresh();
    const v1 = await openDB<DojoSchema>(name, 1, {
      upgrade(db, _old, _new, tx) {
        DB_UPGRADES[0]!.upgrade(db, tx);
      },
    });
    await v1.put("packs", { id: "mine", pack: { id: "mine" }, importedAt: 1, source: "paste" });
    await v1.put("drafts", { key: "p/q", value: "x", updatedAt: 2 });
    const attemptId = await v1.add("attempts", { questionKey: "p/q", at: 3 });
    await v1.put("meta", { key: "seen", value: true });
    v1.close();

    const r = await openDojoDb(name);
    if (!r.ok) throw r.error;
    const db = r.db;
    expect(db.version).toBe(DB_VERSION);
    expect((await db.get("packs", "mine"))?.source).toBe("paste");
    expect((await db.get("drafts", "p/q"))?.value).toBe("x");
    expect(await db.get("attempts", attemptId)).toEqual({ id: attemptId, questionKey: "p/q", at: 3 });
    expect((await db.get("meta", "seen"))?.value).toBe(true);
    await db.put("cards", { key: "p/q", due: 10 });
    expect(await db.get("cards", "p/q")).toEqual({ key: "p/q", due: 10 });
    await db.add("reviewLogs", { key: "p/q", review: 20 });
    await db.add("reviewLogs", { key: "p/other", review: 10 });
    const byTime = await db.getAllFromIndex("reviewLogs", "byTime");
    expect(byTime.map((l) => l.key)).toEqual(["p/other", "p/q"]);
    expect(await db.getAllFromIndex("reviewLogs", "byKey", "p/q")).toHaveLength(1);
    await db.put("mocks", { id: "m2", startedAt: 20, updatedAt: 20, state: {} });
    await db.put("mocks", { id: "m1", startedAt: 10, updatedAt: 10, state: {} });
    expect((await db.getAllFromIndex("mocks", "byStart")).map((m) => m.id)).toEqual(["m1", "m2"]);
    db.close();
  });

  it("upgrades a version 3 database (with mocks) to version 4, keeping everything and adding notes", async () => {
    const name = fresh();
    const v3 = await openDB<DojoSchema>(name, 3, {
      upgrade(db, _old, _new, tx) {
        for (const step of DB_UPGRADES.slice(0, 3)) step.upgrade(db, tx);
      },
    });
    await v3.put("mocks", { id: "m1", startedAt: 10, updatedAt: 10, state: {} });
    await v3.add("attempts", { questionKey: "p/q", at: 3 });
    await v3.put("cards", { key: "p/q", due: 10 });
    v3.close();
    const r = await openDojoDb(name);
    if (!r.ok) throw r.error;
    expect(r.db.version).toBe(4);
    expect((await r.db.get("mocks", "m1"))?.startedAt).toBe(10);
    expect(await r.db.count("attempts")).toBe(1);
    expect(await r.db.get("cards", "p/q")).toEqual({ key: "p/q", due: 10 });
    expect(await r.db.count("notes")).toBe(0);
    await r.db.put("notes", { key: "p/q", bookmarked: true, note: "watch the ties", updatedAt: 5 });
    expect(await r.db.get("notes", "p/q")).toEqual({
      key: "p/q",
      bookmarked: true,
      note: "watch the ties",
      updatedAt: 5,
    });
    r.db.close();
  });

  it("upgrades a version 2 database (with drill data) to version 3, keeping the drill data", async () => {
    const name = fresh();
    const v2 = await openDB<DojoSchema>(name, 2, {
      upgrade(db, _old, _new, tx) {
        for (const step of DB_UPGRADES.slice(0, 2)) step.upgrade(db, tx);
      },
    });
    await v2.put("cards", { key: "p/q", due: 10 });
    await v2.add("reviewLogs", { key: "p/q", review: 20 });
    v2.close();
    const r = await openDojoDb(name);
    if (!r.ok) throw r.error;
    expect(r.db.version).toBe(DB_VERSION);
    expect(await r.db.get("cards", "p/q")).toEqual({ key: "p/q", due: 10 });
    expect(await r.db.count("reviewLogs")).toBe(1);
    expect(await r.db.count("mocks")).toBe(0);
    r.db.close();
  });

  it("reports unavailable storage instead of throwing", async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulate a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const r = await openDojoDb(fresh());
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.kind).toBe("unavailable");
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it("explains quota errors in plain words", () => {
    const e = describeStorageError(new DOMException("full", "QuotaExceededError"));
    expect(e.kind).toBe("quota");
    expect(e.message).toMatch(/storage for this site is full/);
  });
});
