import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { importBackup, loadDraft, readBackup, resetProgress, saveDraft } from "../../src/store";
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from "../../src/domain/backup/backup";
import { getDb } from "../../src/store/db-handle";
import { memoryStorage } from "./memory-storage";

const copyOf = (key: string) => localStorage.getItem(`mle-dojo:draft:${key}`);

beforeEach(() => {
  vi.stubGlobal("localStorage", memoryStorage());
});

describe("practice drafts survive an unload that drops the IndexedDB write", () => {
  it("copies the draft synchronously, and forgets the copy once IndexedDB has it", async () => {
    const saving = saveDraft("p/sync", { choices: ["b"], seed: 7 });
    // Nothing awaited yet: this is all a page that unloads now would keep.
    expect(JSON.parse(copyOf("p/sync")!)).toMatchObject({ value: { choices: ["b"], seed: 7 } });
    await saving;
    expect(copyOf("p/sync")).toBeNull();
    expect(await loadDraft("p/sync")).toEqual({ choices: ["b"], seed: 7 });
  });

  it("takes the copy when the IndexedDB write never landed, and the record when it is newer", async () => {
    const db = (await getDb())!;
    await db.put("drafts", { key: "p/lost", value: "old code", updatedAt: 1_000 });
    localStorage.setItem("mle-dojo:draft:p/lost", JSON.stringify({ value: "new code", at: 2_000 }));
    expect(await loadDraft("p/lost")).toBe("new code");

    await db.put("drafts", { key: "p/newer", value: "saved later", updatedAt: 3_000 });
    localStorage.setItem("mle-dojo:draft:p/newer", JSON.stringify({ value: "stale", at: 2_000 }));
    expect(await loadDraft("p/newer")).toBe("saved later");

    localStorage.setItem("mle-dojo:draft:p/only-copy", JSON.stringify({ value: [1, 2], at: 5 }));
    expect(await loadDraft("p/only-copy")).toEqual([1, 2]);
  });

  it("ignores a damaged copy", async () => {
    const db = (await getDb())!;
    await db.put("drafts", { key: "p/damaged", value: "kept", updatedAt: 1 });
    localStorage.setItem("mle-dojo:draft:p/damaged", "{not json");
    expect(await loadDraft("p/damaged")).toBe("kept");
    localStorage.setItem("mle-dojo:draft:p/damaged", JSON.stringify({ value: "no time" }));
    expect(await loadDraft("p/damaged")).toBe("kept");
  });

  it("a reset forgets the copies too, so it cannot bring a draft back", async () => {
    localStorage.setItem("mle-dojo:draft:p/reset", JSON.stringify({ value: "typed", at: Date.now() }));
    localStorage.setItem("mle-dojo:settings", "{}");
    expect((await resetProgress()).ok).toBe(true);
    expect(copyOf("p/reset")).toBeNull();
    expect(localStorage.getItem("mle-dojo:settings")).toBe("{}");
    expect(await loadDraft("p/reset")).toBeUndefined();
  });

  it("a backup carries a copy whose IndexedDB write never landed, and a merge keeps it", async () => {
    const db = (await getDb())!;
    await db.put("drafts", { key: "p/backup", value: "old code", updatedAt: 1_000 });
    localStorage.setItem("mle-dojo:draft:p/backup", JSON.stringify({ value: "typed last", at: 2_000 }));
    await db.put("drafts", { key: "p/stale-copy", value: "saved later", updatedAt: 3_000 });
    localStorage.setItem("mle-dojo:draft:p/stale-copy", JSON.stringify({ value: "stale", at: 2_000 }));
    localStorage.setItem("mle-dojo:draft:p/copy-only", JSON.stringify({ value: [1], at: 4_000 }));

    const drafts = (await readBackup({}, 10)).drafts;
    const valueOf = (key: string) => drafts.find((d) => d.key === key)?.value;
    expect(valueOf("p/backup")).toBe("typed last");
    expect(valueOf("p/stale-copy")).toBe("saved later");
    expect(valueOf("p/copy-only")).toEqual([1]);

    // Merging another device's backup (with an older draft of the same question) keeps them.
    const incoming: Backup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: 20,
      settings: {},
      attempts: [],
      drafts: [{ key: "p/backup", value: "other device", updatedAt: 1_500 }],
      packs: [],
      extra: {},
    };
    expect((await importBackup(incoming, {}, 30)).ok).toBe(true);
    expect(copyOf("p/backup")).toBeNull();
    expect(await loadDraft("p/backup")).toBe("typed last");
    expect(await loadDraft("p/copy-only")).toEqual([1]);
    expect(await loadDraft("p/stale-copy")).toBe("saved later");
  });
});
