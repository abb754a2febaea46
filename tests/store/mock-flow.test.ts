import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { applyGrade, finishEarly, submitAnswer } from "../../src/domain/mock";
import type { Pack } from "../../src/domain/packs";
import { autoGrade, finalizeMock, mockAttempts, startMock } from "../../src/store/mock-flow";
import { activeMock, getMock, listAllAttempts, listMockReports } from "../../src/store";
import { MIN, q, shortLoop, T0 } from "../domain/mock/mock-factories";

const pack = {
  id: "p",
  version: "1.0.0",
  title: "P",
  questions: [
    q("a"),
    q("b"),
    q("c"),
    q("d", { kind: "design", category: "system-design", topics: ["search"] }),
  ],
} as unknown as Pack;

describe("mock flow", () => {
  it("refuses a loop the packs cannot fill, naming the section", async () => {
    const tiny = { ...pack, questions: [q("a")] } as unknown as Pack;
    const r = await startMock(shortLoop, "strict", 1, [tiny], T0);
    expect(r.ok).toBe(false);
    if (!r.ok && "shortfalls" in r) expect(r.shortfalls.map((s) => s.sectionId)).toEqual(["s1", "s2"]);
    expect(await activeMock()).toBeUndefined();
  });

  it("starts a saved mock, grades answers, and closes it once: one report, one attempt per answer", async () => {
    const started = await startMock(shortLoop, "practice", 42, [pack], T0);
    if (!started.ok) throw new Error("did not start");
    let s = started.state;
    expect((await activeMock())?.id).toBe(s.id);
    const [k1, k2] = s.sections[0]!.questionKeys as [string, string];
    s = submitAnswer(s, k1, T0 + MIN, { answer: { choices: ["a"] } }).state;
    s = submitAnswer(s, k2, T0 + 2 * MIN, { answer: { choices: ["b"] } }).state;
    for (const key of [k1, k2]) {
      const sub = s.submissions[s.questions[key]!.submissionIds.at(-1)!]!;
      const result = await autoGrade(
        pack.questions.find((x) => `p/${x.id}` === key)!,
        sub.answer,
      );
      s = applyGrade(s, sub.id, result!).state;
    }
    expect(await autoGrade(pack.questions[3]!, { parts: { arch: "x" } })).toBeNull();
    s = finishEarly(s, T0 + 3 * MIN).state;

    const attempts = mockAttempts(s, [pack]);
    expect(attempts.map((a) => [a.questionKey, a.mode, a.score])).toEqual([
      [k1, "mock", 1],
      [k2, "mock", 0],
    ]);
    const first = await finalizeMock(s, [pack]);
    if (!first.ok) throw new Error(first.message);
    expect(first.report.overall.maxPoints).toBe(3);
    expect(first.report.overall.points).toBe(1);
    // Closing again (e.g. after a crash before the screen noticed) adds no attempt and no report.
    await finalizeMock(s, [pack]);
    expect((await listAllAttempts()).filter((a) => a.mode === "mock")).toHaveLength(2);
    expect((await listMockReports()).map((r) => r.id)).toEqual([s.id]);
    expect((await getMock(s.id))?.report?.overall.points).toBe(1);
    expect(await activeMock()).toBeUndefined();
  });
});
