import { describe, expect, it } from "vitest";
import { describePreview, mergePreview, type BackupPreview } from "../../../src/domain/backup/preview";
import { emptyBackup, mockRecord } from "./backup-factories";

const card = (key: string, updatedAt: number) => ({ key, updatedAt, card: { key } });
const log = (key: string, review: number) => ({ key: `${key}@${review}`, log: { key, review } });

describe("mergePreview", () => {
  it("counts new and newer drill cards, new review logs, and new or updated mocks", () => {
    const here = emptyBackup({
      extra: {
        cards: [card("p/a", 10), card("p/b", 10)],
        reviewLogs: [log("p/a", 10), log("p/b", 10)],
        mocks: [
          mockRecord("done", 5, true),
          mockRecord("going", 5),
          mockRecord("going2", 5),
          mockRecord("same", 5),
        ],
      },
    });
    const file = emptyBackup({
      exportedAt: 42,
      extra: {
        // p/a newer, p/b older (not counted), p/c new
        cards: [card("p/a", 20), card("p/b", 5), card("p/c", 1)],
        // one known log, two new ones
        reviewLogs: [log("p/a", 10), log("p/a", 20), log("p/c", 1)],
        mocks: [
          mockRecord("done", 9), // in progress in the file, finished here: not counted
          mockRecord("going", 1, true), // finished in the file: counted although older
          mockRecord("going2", 2, true),
          mockRecord("same", 5), // identical: not counted
          mockRecord("new", 1),
        ],
      },
    });
    expect(mergePreview(here, file)).toEqual({
      newAttempts: 0,
      newerDrafts: 0,
      newPacks: 0,
      newerCards: 2,
      newReviewLogs: 2,
      newerMocks: 3,
      newerNotes: 0,
      exportedAt: 42,
    });
  });

  it("counts every drill record and mock of a file as new in an empty browser, and nothing on re-import", () => {
    const file = emptyBackup({
      extra: { cards: [card("p/a", 1)], reviewLogs: [log("p/a", 1)], mocks: [mockRecord("m", 1)] },
    });
    expect(mergePreview(emptyBackup(), file)).toMatchObject({
      newerCards: 1,
      newReviewLogs: 1,
      newerMocks: 1,
    });
    expect(mergePreview(file, file)).toMatchObject({ newerCards: 0, newReviewLogs: 0, newerMocks: 0 });
  });
});

describe("describePreview", () => {
  const zero: BackupPreview = {
    newAttempts: 0,
    newerDrafts: 0,
    newPacks: 0,
    newerCards: 0,
    newReviewLogs: 0,
    newerMocks: 0,
    newerNotes: 0,
    exportedAt: 0,
  };
  it("leaves zero counts out and uses the singular for one", () => {
    expect(describePreview({ ...zero, newAttempts: 1, newReviewLogs: 3, newerMocks: 1 })).toBe(
      "1 new attempt, 3 new drill reviews, 1 new or updated mock interview",
    );
    expect(
      describePreview({
        ...zero,
        newAttempts: 2,
        newerDrafts: 1,
        newPacks: 2,
        newerCards: 1,
        newReviewLogs: 1,
        newerMocks: 2,
      }),
    ).toBe(
      "2 new attempts, 1 newer draft, 2 new packs, 1 newer drill card, 1 new drill review, 2 new or updated mock interviews",
    );
  });
  it("counts bookmarks and notes changed more recently in the file", () => {
    const note = (key: string, updatedAt: number, bookmarked: boolean) => ({
      key,
      updatedAt,
      note: { key, bookmarked, note: "", updatedAt },
    });
    const here = emptyBackup({ extra: { notes: [note("p/a", 5, true), note("p/b", 5, true)] } });
    const file = emptyBackup({
      extra: { notes: [note("p/a", 9, false), note("p/b", 1, false), note("p/c", 1, true)] },
    });
    expect(mergePreview(here, file).newerNotes).toBe(2);
    expect(describePreview({ ...zero, newerNotes: 2 })).toBe("2 newer bookmarks and notes");
    expect(describePreview({ ...zero, newerNotes: 1 })).toBe("1 newer bookmark or note");
  });
  it("says nothing new when every count is zero", () => {
    expect(describePreview(zero)).toBe("nothing new");
  });
});
