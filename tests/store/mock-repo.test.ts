import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { buildReport, createSession, questionResults, submitAnswer } from "../../src/domain/mock";
import { activeMock, getMock, listMockReports, listMocks, saveMock, useAppStore } from "../../src/store";
import { getDb } from "../../src/store/db-handle";
import { reload, shortLoop, shortSelection, T0 } from "../domain/mock/mock-factories";

describe("mock repository", () => {
  it("saves a session, finds it as the active mock, and reads it back after a report is added", async () => {
    const s0 = createSession(shortLoop, shortSelection(), "practice", T0, { id: "mock-a", seed: 7 });
    expect(await saveMock(s0)).toEqual({ ok: true });
    const key = s0.sections[0]!.questionKeys[0]!;
    const s1 = submitAnswer(s0, key, T0 + 1000, { answer: { text: "x" } }).state;
    await saveMock(s1);
    const active = await activeMock();
    expect(active?.id).toBe("mock-a");
    expect(reload(active?.state)).toEqual(reload(s1));

    const report = buildReport(s1, questionResults(s1), []);
    await saveMock(s1, report);
    expect(await activeMock()).toBeUndefined();
    expect((await listMockReports()).map((r) => r.id)).toEqual(["mock-a"]);
    expect((await getMock("mock-a"))?.report?.id).toBe("mock-a");
  });

  it("lists mocks oldest first, skips a damaged record, reports it, and deletes nothing", async () => {
    const later = createSession(shortLoop, shortSelection(), "strict", T0 + 10_000, { id: "mock-b" });
    await saveMock(later);
    const db = (await getDb())!;
    await db.put("mocks", { id: "broken", startedAt: T0 - 1, updatedAt: 0, state: { version: 99 } });
    const ids = (await listMocks()).map((m) => m.id);
    expect(ids).toEqual(["mock-a", "mock-b"]);
    await new Promise((r) => setTimeout(r, 0));
    expect(useAppStore.getState().storageProblems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "corrupted",
          message: expect.stringMatching(/1 saved mock interview/),
        }),
      ]),
    );
    expect(await db.count("mocks")).toBe(3);
    expect((await activeMock())?.id).toBe("mock-b");
  });
});

describe("saving a mock after its report", () => {
  it("keeps the report when the state is saved again without one", async () => {
    const s = createSession(shortLoop, shortSelection(), "practice", T0 + 50_000, { id: "mock-c" });
    await saveMock(s, buildReport(s, questionResults(s), []));
    await saveMock({ ...s, lastNow: s.lastNow + 1 });
    const rec = await getMock("mock-c");
    expect(rec?.report?.id).toBe("mock-c");
    expect(rec?.state.lastNow).toBe(s.lastNow + 1);
  });
});

describe("a refused write", () => {
  it("keeps the newer copy in memory, and reads prefer it over the older stored one", async () => {
    const s0 = createSession(shortLoop, shortSelection(), "practice", T0 + 90_000, { id: "mock-q" });
    await saveMock(s0);
    const key = s0.sections[0]!.questionKeys[0]!;
    const s1 = submitAnswer(s0, key, T0 + 91_000, { answer: { choices: ["a"] } }).state;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("full", "QuotaExceededError");
    };
    try {
      await new Promise((r) => setTimeout(r, 2));
      const r = await saveMock(s1);
      expect(r.ok).toBe(false);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await getMock("mock-q"))?.state.questions[key]!.submissionIds).toHaveLength(1);
    const listed = (await listMocks()).find((m) => m.id === "mock-q");
    expect(listed?.state.questions[key]!.submissionIds).toHaveLength(1);
  });
});
