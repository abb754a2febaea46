import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { DB_VERSION, describeStorageError, openDojoDb } from "../../src/lib/storage/db";

let n = 0;
const fresh = () => `test-db-${++n}`;

describe("openDojoDb", () => {
  it("creates every store at the current version", async () => {
    const r = await openDojoDb(fresh());
    if (!r.ok) throw r.error;
    expect(r.db.version).toBe(DB_VERSION);
    expect([...r.db.objectStoreNames].sort()).toEqual(["attempts", "drafts", "meta", "packs"]);
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
