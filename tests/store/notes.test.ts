import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { mergeBackups } from "../../src/domain/backup/backup";
import { mergePreview } from "../../src/domain/backup/preview";
import { importBackup, readBackup, resetProgress } from "../../src/store";
import { getDb } from "../../src/store/db-handle";
import { getNote, listNotes, saveNote } from "../../src/store/notes-repo";
import { memoryStorage } from "./memory-storage";

const copyOf = (key: string) => localStorage.getItem(`mle-dojo:note:${key}`);

beforeEach(async () => {
  vi.stubGlobal("localStorage", memoryStorage());
  const db = (await getDb())!;
  await db.clear("notes");
  await resetProgress();
});

describe("bookmarks and notes", () => {
  it("are saved per question, and a cleared bookmark keeps its record", async () => {
    expect(await getNote("p/a")).toEqual({ key: "p/a", bookmarked: false, note: "", updatedAt: 0 });
    await saveNote("p/a", { bookmarked: true }, 10);
    await saveNote("p/a", { note: "Watch ties in the window." }, 20);
    expect(await getNote("p/a")).toEqual({
      key: "p/a",
      bookmarked: true,
      note: "Watch ties in the window.",
      updatedAt: 20,
    });
    await saveNote("p/a", { bookmarked: false }, 30);
    expect(await listNotes()).toEqual([
      { key: "p/a", bookmarked: false, note: "Watch ties in the window.", updatedAt: 30 },
    ]);
  });

  it("travel in backups, merge by the newer copy, and survive a progress reset", async () => {
    await saveNote("p/a", { bookmarked: true, note: "mine" }, 10);
    const backup = await readBackup({}, 100);
    expect(backup.extra.notes).toEqual([
      { key: "p/a", updatedAt: 10, note: { key: "p/a", bookmarked: true, note: "mine", updatedAt: 10 } },
    ]);

    // Reset keeps them: they are the user's writing, not progress.
    await resetProgress();
    expect((await getNote("p/a")).bookmarked).toBe(true);

    // A file with a newer copy (unbookmarked) and a new note.
    const file = mergeBackups(backup, {
      ...backup,
      extra: {
        notes: [
          { key: "p/a", updatedAt: 50, note: { key: "p/a", bookmarked: false, note: "mine", updatedAt: 50 } },
          { key: "p/b", updatedAt: 5, note: { key: "p/b", bookmarked: true, note: "", updatedAt: 5 } },
          { key: "p/bad", updatedAt: 5, note: { key: "p/other", bookmarked: true } },
        ],
      },
    });
    expect(mergePreview(await readBackup({}, 100), file).newerNotes).toBe(3);
    const r = await importBackup(file, {}, 200);
    expect(r.ok).toBe(true);
    expect(await listNotes()).toEqual([
      { key: "p/a", bookmarked: false, note: "mine", updatedAt: 50 },
      { key: "p/b", bookmarked: true, note: "", updatedAt: 5 },
    ]);
  });

  it("are copied synchronously, so a reload that drops the IndexedDB write keeps them", async () => {
    const db = (await getDb())!;
    await db.put("notes", { key: "p/r", bookmarked: true, note: "old", updatedAt: 10 });
    // Two changes in a row, not awaited: all a page that unloads now would keep is the copy.
    const saves = [
      saveNote("p/r", { note: "typed just now" }, 20),
      saveNote("p/s", { bookmarked: true }, 21),
    ];
    expect(JSON.parse(copyOf("p/r")!)).toEqual({ value: { note: "typed just now" }, at: 20 });
    await Promise.all(saves);
    expect(copyOf("p/r")).toBeNull();
    expect(await getNote("p/r")).toEqual({
      key: "p/r",
      bookmarked: true,
      note: "typed just now",
      updatedAt: 20,
    });

    // As after a reload that dropped the writes: the record is older than the copy.
    localStorage.setItem("mle-dojo:note:p/r", JSON.stringify({ value: { note: "lost write" }, at: 30 }));
    localStorage.setItem("mle-dojo:note:p/new", JSON.stringify({ value: { bookmarked: true }, at: 31 }));
    localStorage.setItem("mle-dojo:note:p/s", JSON.stringify({ value: { bookmarked: false }, at: 1 }));
    localStorage.setItem("mle-dojo:note:p/bad", JSON.stringify({ value: { note: 7 }, at: 40 }));
    expect(await getNote("p/r")).toEqual({ key: "p/r", bookmarked: true, note: "lost write", updatedAt: 30 });
    expect(await getNote("p/s")).toMatchObject({ bookmarked: true, updatedAt: 21 });
    expect(await getNote("p/bad")).toMatchObject({ note: "", updatedAt: 0 });
    localStorage.setItem(
      "mle-dojo:note:p/odd",
      JSON.stringify({ value: { note: "kept", key: "p/other", updatedAt: 9e15, extra: 1 }, at: 41 }),
    );
    expect(await getNote("p/odd")).toEqual({ key: "p/odd", bookmarked: false, note: "kept", updatedAt: 41 });
    const listed = new Map((await listNotes()).map((n) => [n.key, n]));
    expect(listed.get("p/r")?.note).toBe("lost write");
    expect(listed.get("p/new")).toEqual({ key: "p/new", bookmarked: true, note: "", updatedAt: 31 });
    expect(listed.get("p/s")?.bookmarked).toBe(true);
    expect(listed.has("p/bad")).toBe(false);
    localStorage.removeItem("mle-dojo:note:p/odd");

    // A backup carries them, and merging a file keeps them (then the copies are gone).
    const notes = (await readBackup({}, 50)).extra.notes!;
    expect(notes.find((n) => n.key === "p/r")?.note).toMatchObject({ note: "lost write" });
    expect(notes.find((n) => n.key === "p/new")?.note).toMatchObject({ bookmarked: true });
    expect((await importBackup({ ...(await readBackup({}, 60)), extra: {} }, {}, 70)).ok).toBe(true);
    expect(copyOf("p/r")).toBeNull();
    expect((await getNote("p/r")).note).toBe("lost write");
    expect((await getNote("p/new")).bookmarked).toBe(true);
  });

  it("saved in quick succession do not overwrite each other", async () => {
    await saveNote("p/q", { note: "first" }, 5);
    await Promise.all([
      saveNote("p/q", { bookmarked: true }, 10),
      saveNote("p/q", { note: "both kept" }, 11),
    ]);
    expect(await getNote("p/q")).toEqual({ key: "p/q", bookmarked: true, note: "both kept", updatedAt: 11 });
  });
});
