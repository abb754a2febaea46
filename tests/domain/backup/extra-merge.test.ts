import { describe, expect, it } from "vitest";
import { extraWins, mergeBackups } from "../../../src/domain/backup/backup";
import { emptyBackup, mockRecord, withMocks } from "./backup-factories";

const mockIn = (b: ReturnType<typeof withMocks>, id: string) => b.extra.mocks?.find((m) => m.key === id);

describe("merging mock interviews", () => {
  it("unions mocks by id from both sides", () => {
    const m = mergeBackups(withMocks(mockRecord("a", 1)), withMocks(mockRecord("b", 2)));
    expect(m.extra.mocks?.map((r) => r.key)).toEqual(["a", "b"]);
  });

  it("keeps the finished copy over a later in-progress copy, whichever side holds it", () => {
    const finished = mockRecord("a", 100, true);
    const inProgress = mockRecord("a", 500); // resumed later on another device, never finished
    expect(mockIn(mergeBackups(withMocks(inProgress), withMocks(finished)), "a")).toEqual(finished);
    expect(mockIn(mergeBackups(withMocks(finished), withMocks(inProgress)), "a")).toEqual(finished);
  });

  it("otherwise keeps the newer copy (two in-progress or two finished), the current one on a tie", () => {
    const [old, newer] = [mockRecord("a", 1), mockRecord("a", 2)];
    expect(mockIn(mergeBackups(withMocks(old), withMocks(newer)), "a")).toEqual(newer);
    expect(mockIn(mergeBackups(withMocks(newer), withMocks(old)), "a")).toEqual(newer);
    const [oldDone, newerDone] = [mockRecord("a", 1, true), mockRecord("a", 2, true)];
    expect(mockIn(mergeBackups(withMocks(newerDone), withMocks(oldDone)), "a")).toEqual(newerDone);
    const tie = { ...mockRecord("a", 1), mock: "damaged" };
    expect(mockIn(mergeBackups(withMocks(mockRecord("a", 1)), withMocks(tie)), "a")).toEqual(
      mockRecord("a", 1),
    );
  });

  it("is idempotent with mocks", () => {
    const b = withMocks(mockRecord("a", 1, true), mockRecord("b", 2));
    expect(mergeBackups(mergeBackups(b, b), b)).toEqual(mergeBackups(b, b));
  });
});

describe("other extra stores keep the newer-updatedAt rule", () => {
  it("a card with a report-like field gets no special treatment", () => {
    const withReport = { key: "p/q", updatedAt: 1, mock: { report: {} } };
    const plain = { key: "p/q", updatedAt: 2 };
    expect(extraWins("cards", plain, withReport)).toBe(true);
    expect(extraWins("cards", withReport, plain)).toBe(false);
    const m = mergeBackups(
      emptyBackup({ extra: { cards: [withReport] } }),
      emptyBackup({ extra: { cards: [plain] } }),
    );
    expect(m.extra.cards).toEqual([plain]);
  });

  it("an unknown store name from a file (constructor, toString) uses the default rule", () => {
    expect(extraWins("constructor", { key: "k", updatedAt: 1 }, { key: "k", updatedAt: 2 })).toBe(false);
    expect(extraWins("toString", { key: "k", updatedAt: 3 }, { key: "k", updatedAt: 2 })).toBe(true);
  });
});
