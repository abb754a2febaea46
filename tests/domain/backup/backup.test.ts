import { describe, expect, it } from "vitest";
import { BACKUP_FORMAT, mergeBackups, parseBackup } from "../../../src/domain/backup/backup";
import { mergePreview } from "../../../src/domain/backup/preview";
import { emptyBackup } from "./backup-factories";

describe("parseBackup", () => {
  it("refuses non-JSON, foreign files and newer versions with reasons", () => {
    expect(parseBackup("{oops")).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseBackup('{"a":1}')).toMatchObject({
      ok: false,
      error: "This file is not an MLE Dojo backup.",
    });
    expect(parseBackup(JSON.stringify({ format: BACKUP_FORMAT, version: 9 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version/),
    });
  });
  it("keeps good records and lists the corrupted ones it skipped", () => {
    const r = parseBackup(
      JSON.stringify({
        ...emptyBackup(),
        attempts: [{ questionKey: "p/q", at: 1, score: 1 }, { at: "bad" }, null],
        drafts: [{ key: "p/q", value: "x", updatedAt: 2 }, { key: 3 }],
      }),
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.backup.attempts).toHaveLength(1);
    expect(r.backup.drafts).toHaveLength(1);
    expect(r.skipped).toEqual(["attempts[1]", "attempts[2]", "drafts[1]"]);
  });
  it("reads a store named __proto__ as nothing, not as the prototype of extra", () => {
    const r = parseBackup(
      `{"format":"${BACKUP_FORMAT}","version":1,"extra":{"__proto__":[{"key":"x"}],"mocks":[{"key":"m"}]}}`,
    );
    if (!r.ok) throw new Error(r.error);
    expect(Object.getPrototypeOf(r.backup.extra)).toBe(Object.prototype);
    expect(Object.keys(r.backup.extra)).toEqual(["mocks"]);
  });
});

describe("mergeBackups", () => {
  it("loses nothing from either side; newer drafts and packs win; current settings win", () => {
    const here = emptyBackup({
      settings: { theme: "dark" },
      attempts: [
        { questionKey: "p/a", at: 1 },
        { questionKey: "p/b", at: 2 },
      ],
      drafts: [
        { key: "p/a", value: "mine", updatedAt: 10 },
        { key: "p/c", value: "old", updatedAt: 1 },
      ],
      packs: [{ id: "x", pack: { v: 1 }, importedAt: 5, source: "paste" }],
    });
    const file = emptyBackup({
      settings: { theme: "light", preloadPython: false },
      attempts: [
        { questionKey: "p/b", at: 2 },
        { questionKey: "p/c", at: 3 },
      ],
      drafts: [
        { key: "p/a", value: "theirs", updatedAt: 5 },
        { key: "p/c", value: "new", updatedAt: 9 },
      ],
      packs: [
        { id: "x", pack: { v: 2 }, importedAt: 7, source: "file" },
        { id: "y", pack: {}, importedAt: 1, source: "file" },
      ],
    });
    expect(mergePreview(here, file)).toMatchObject({ newAttempts: 1, newerDrafts: 1, newPacks: 1 });
    const m = mergeBackups(here, file);
    expect(m.attempts.map((a) => a.questionKey)).toEqual(["p/a", "p/b", "p/c"]);
    expect(Object.fromEntries(m.drafts.map((d) => [d.key, d.value]))).toEqual({
      "p/a": "mine",
      "p/c": "new",
    });
    expect(m.packs.map((p) => [p.id, p.importedAt])).toEqual([
      ["x", 7],
      ["y", 1],
    ]);
    expect(m.settings).toEqual({ theme: "dark", preloadPython: false });
  });
  it("is idempotent: merging the same backup twice changes nothing", () => {
    const b = emptyBackup({
      attempts: [{ questionKey: "p/a", at: 1 }],
      drafts: [{ key: "k", value: 1, updatedAt: 1 }],
    });
    expect(mergeBackups(mergeBackups(b, b), b)).toEqual(mergeBackups(b, b));
  });
});
