import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { listAllAttempts, useAppStore } from "../../src/store";
import { getDb } from "../../src/store/db-handle";

describe("reading attempts", () => {
  it("skips a corrupted record, reports it, and keeps the rest", async () => {
    const db = (await getDb())!;
    await db.add("attempts", { questionKey: "p/a", at: 1, score: 1 } as never);
    await db.add("attempts", { questionKey: 42, at: "yesterday" } as never);
    const all = await listAllAttempts();
    expect(all.map((a) => a.questionKey)).toEqual(["p/a"]);
    await new Promise((r) => setTimeout(r, 0));
    expect(useAppStore.getState().storageProblems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "corrupted",
          message: expect.stringMatching(/1 saved attempt could not be read/),
        }),
      ]),
    );
    expect(await db.count("attempts")).toBe(2);
  });
});
