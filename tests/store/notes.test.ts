import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { mergeBackups } from "../../src/domain/backup/backup";
import { mergePreview } from "../../src/domain/backup/preview";
import { importBackup, readBackup, resetProgress } from "../../src/store";
import { getDb } from "../../src/store/db-handle";
import { getNote, listNotes, saveNote } from "../../src/store/notes-repo";

beforeEach(async () => {
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
});
