import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { listAllAttempts, listMocks, useAppStore } from "../../src/store";
import { getDb } from "../../src/store/db-handle";
import { listCards } from "../../src/store/drill-repo";

describe("a read that fails", () => {
  it("is reported (what could not be read, nothing deleted) instead of showing an unexplained empty list", async () => {
    const db = (await getDb())!;
    await db.add("attempts", { questionKey: "p/a", at: 1, score: 1 } as never);
    db.close(); // every later read on this connection fails with InvalidStateError
    expect(await listAllAttempts()).toEqual([]);
    expect(await listCards()).toEqual([]);
    expect(await listMocks()).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    const messages = useAppStore.getState().storageProblems.map((p) => p.message);
    for (const what of ["attempts", "drill cards", "mock interviews"])
      expect(messages).toContainEqual(
        expect.stringMatching(new RegExp(`^Your saved ${what} could not be read .*Nothing was deleted`)),
      );
  });
});
