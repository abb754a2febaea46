import { beforeEach, describe, expect, it } from "vitest";
import { clearDraftJournal, journalDraft, readDraftJournal } from "../../../src/store";

beforeEach(() => localStorage.clear());

describe("draft journal (localStorage, survives an unload)", () => {
  it("keeps the latest draft per question and forgets what a save covered", () => {
    journalDraft("m1", "p/a", { text: "one" }, 100);
    journalDraft("m1", "p/b", { choices: ["x"] }, 150);
    journalDraft("m1", "p/a", { text: "one two" }, 200);
    expect(readDraftJournal("m1")).toEqual([
      { key: "p/b", draft: { choices: ["x"] }, at: 150 },
      { key: "p/a", draft: { text: "one two" }, at: 200 },
    ]);
    expect(readDraftJournal("m2")).toEqual([]);
    clearDraftJournal("m1", 150);
    expect(readDraftJournal("m1").map((e) => e.key)).toEqual(["p/a"]);
    clearDraftJournal("m1", 200);
    expect(localStorage.getItem("mle-dojo:mock-journal:m1")).toBeNull();
  });

  it("ignores a damaged journal instead of failing", () => {
    localStorage.setItem("mle-dojo:mock-journal:m1", "{not json");
    expect(readDraftJournal("m1")).toEqual([]);
    localStorage.setItem(
      "mle-dojo:mock-journal:m1",
      JSON.stringify([{ key: 1 }, { key: "p/a", draft: {}, at: 5 }]),
    );
    expect(readDraftJournal("m1")).toEqual([{ key: "p/a", draft: {}, at: 5 }]);
  });
});
