import { describe, expect, it } from "vitest";
import {
  advanceSection,
  applyGrade,
  createSession,
  finishEarly,
  focusQuestion,
  pause,
  pendingSubmissions,
  questionResults,
  resume,
  revealHint,
  saveDraft,
  sessionScore,
  submitAnswer,
  tick,
  timing,
  type MockState,
} from "../../../src/domain/mock";
import { grade, MIN, reload, shortLoop, shortSelection, T0 } from "./mock-factories";

const at = (m: number) => T0 + m * MIN;
const start = (mode: "strict" | "practice" = "strict") =>
  createSession(shortLoop, shortSelection(), mode, T0);

describe("submissions and follow-ups", () => {
  it("records a submission as the answer stood, idempotently by submission id", () => {
    const s1 = submitAnswer(start(), "p/a", at(1), { answer: { choices: ["a"] }, submissionId: "sub-1" });
    expect(s1.events).toContainEqual({
      type: "submitted",
      questionKey: "p/a",
      submissionId: "sub-1",
      auto: false,
    });
    const again = submitAnswer(s1.state, "p/a", at(2), { answer: { choices: ["b"] }, submissionId: "sub-1" });
    expect(again.duplicate).toBe(true);
    expect(again.state).toBe(s1.state);
    expect(Object.keys(again.state.submissions)).toEqual(["sub-1"]);
    const second = submitAnswer(s1.state, "p/a", at(2));
    expect(second.state.questions["p/a"]!.submissionIds).toEqual(["sub-1", "p/a#2"]);
  });

  it("reveals a design question's follow-ups after its first submission only", () => {
    const s = advanceSection(start(), at(1)).state;
    const first = submitAnswer(s, "p/d", at(2), { answer: { parts: { arch: "two towers" } } });
    expect(first.events).toContainEqual({
      type: "follow-ups-revealed",
      questionKey: "p/d",
      followUpIds: ["scale", "drift"],
    });
    expect(first.state.questions["p/d"]!.followUpsRevealed).toBe(true);
    const second = submitAnswer(first.state, "p/d", at(3), {
      answer: { parts: { arch: "two towers", scale: "shard" } },
    });
    expect(second.events.map((e) => e.type)).toEqual(["submitted"]);
    expect(start().questions["p/a"]!.followUpIds).toEqual([]);
  });

  it("refuses actions outside the current section or after the end", () => {
    const s = start();
    expect(submitAnswer(s, "p/d", at(1)).refused).toMatch(/not the current one/);
    expect(saveDraft(s, "p/zzz", { text: "x" }, at(1)).refused).toMatch(/no question p\/zzz/);
    expect(focusQuestion(s, "p/d", at(1)).refused).toMatch(/not the current one/);
    const late = submitAnswer(s, "p/a", at(12), { answer: { choices: ["a"] } });
    expect(late.refused).toMatch(/not the current one/); // section s1 timed out at 10 min
    expect(submitAnswer(s, "p/d", at(19)).refused).toBe("The mock is over.");
  });
});

describe("time-out and finishing", () => {
  it("auto-submits every written answer as it stands when the loop's time runs out", () => {
    let s: MockState = start();
    s = saveDraft(s, "p/a", { choices: ["a"] }, at(1)).state;
    s = submitAnswer(s, "p/b", at(2), { answer: { choices: ["b"] } }).state;
    s = saveDraft(s, "p/b", { choices: ["a"] }, at(3)).state; // changed after submitting
    s = tick(s, at(10)).state; // section 1 times out
    s = saveDraft(s, "p/d", { parts: { arch: "draft design" } }, at(11)).state;
    const end = tick(reload(s), at(25)); // reload long after the end
    const finished = end.events.find((e) => e.type === "finished");
    expect(finished).toEqual({
      type: "finished",
      reason: "time-up",
      autoSubmitted: [{ questionKey: "p/d", submissionId: "p/d#1" }],
      unanswered: [],
    });
    const st = end.state;
    expect(st.finishReason).toBe("time-up");
    expect(st.finishedAt).toBe(at(18));
    expect(st.submissions["p/a#1"]).toMatchObject({
      auto: true,
      answer: { choices: ["a"] },
      activeMs: 10 * MIN,
    });
    expect(st.submissions["p/b#2"]).toMatchObject({ auto: true, answer: { choices: ["a"] } });
    expect(st.submissions["p/d#1"]).toMatchObject({
      auto: true,
      answer: { parts: { arch: "draft design" } },
    });
    expect(st.questions["p/d"]!.followUpsRevealed).toBe(false);
    expect(timing(st, at(30))).toMatchObject({ loopRemainingMs: 0, finished: true, activeMs: 18 * MIN });
  });

  it("ends several sections in one tick after a long absence, each at its own deadline", () => {
    const s = saveDraft(start(), "p/a", { text: "hi" }, at(1)).state;
    const t = tick(reload(s), at(40));
    const ended = t.events.filter((e) => e.type === "section-ended");
    expect(ended).toEqual([
      {
        type: "section-ended",
        sectionId: "s1",
        reason: "time-up",
        autoSubmitted: [{ questionKey: "p/a", submissionId: "p/a#1" }],
      },
      { type: "section-ended", sectionId: "s2", reason: "time-up", autoSubmitted: [] },
    ]);
    const fin = t.events.at(-1);
    expect(fin).toMatchObject({
      type: "finished",
      autoSubmitted: [{ questionKey: "p/a" }],
      unanswered: ["p/b", "p/d"],
    });
    expect(t.state.sections.map((x) => [x.startedActiveMs, x.endedActiveMs])).toEqual([
      [0, 10 * MIN],
      [10 * MIN, 18 * MIN],
    ]);
  });

  it("finishes early: submits what is written, leaves the rest unanswered, only once", () => {
    const s = saveDraft(start(), "p/b", { choices: ["b"] }, at(1)).state;
    const f = finishEarly(s, at(4));
    expect(f.events.at(-1)).toEqual({
      type: "finished",
      reason: "finished-early",
      autoSubmitted: [{ questionKey: "p/b", submissionId: "p/b#1" }],
      unanswered: ["p/a", "p/d"],
    });
    expect(f.state).toMatchObject({ finishReason: "finished-early", finishedAt: at(4), current: 0 });
    expect(finishEarly(f.state, at(5)).refused).toBe("The mock is over.");
  });

  it("leaving a section early forfeits its minutes and starts the next one now", () => {
    const a = advanceSection(start(), at(2));
    expect(a.events.map((e) => e.type)).toEqual(["section-ended", "section-started"]);
    expect(timing(a.state, at(3))).toMatchObject({
      sectionId: "s2",
      sectionRemainingMs: 7 * MIN,
      loopRemainingMs: 7 * MIN,
    });
    const b = advanceSection(a.state, at(4));
    expect(b.state.finishReason).toBe("finished-early");
  });

  it("a 'next section' that arrives after the section ran out does not skip the next section", () => {
    // s1 has 10 minutes; the click comes at minute 12 (e.g. a tab woken from the background).
    const late = advanceSection(start(), at(12));
    expect(late.refused).toBeUndefined();
    expect(late.state.finishReason).toBeNull();
    expect(late.state.sections[late.state.current]!.id).toBe("s2");
    expect(late.state.sections[0]!.endReason).toBe("time-up");
    expect(late.events.map((e) => e.type)).toContain("section-started");
    expect(timing(late.state, at(12)).sectionRemainingMs).toBe(6 * MIN);
  });

  it("credits each question with its focused, unpaused time", () => {
    let s = start("practice");
    s = focusQuestion(s, "p/b", at(3)).state; // a: 3 min
    s = pause(s, at(4)).state; // b: 1 min
    s = resume(s, at(9)).state;
    s = focusQuestion(s, "p/a", at(10)).state; // b: +1 min (active 5 min: 5 paused)
    s = tick(s, at(20)).state; // section 1 ended at active 10 min: a +5 min
    expect(s.questions["p/a"]!.timeSpentMs).toBe(8 * MIN);
    expect(s.questions["p/b"]!.timeSpentMs).toBe(2 * MIN);
  });
});

describe("scoring exactly once", () => {
  it("ignores a re-applied result, before and after a reload", () => {
    let s = submitAnswer(start(), "p/a", at(1), { answer: { choices: ["a"] } }).state;
    s = submitAnswer(s, "p/b", at(2), { answer: { choices: ["b"] } }).state;
    expect(pendingSubmissions(s).map((x) => x.id)).toEqual(["p/a#1", "p/b#1"]);
    const g1 = applyGrade(s, "p/a#1", grade(1));
    expect(g1.applied).toBe(true);
    const g2 = applyGrade(g1.state, "p/a#1", grade(0));
    expect(g2).toEqual({ state: g1.state, applied: false });
    expect(applyGrade(g1.state, "nope", grade(1)).refused).toMatch(/No submission nope/);
    // Reload: only the ungraded submission is pending; grading it again later changes nothing.
    const restored = reload(g2.state);
    expect(pendingSubmissions(restored).map((x) => x.id)).toEqual(["p/b#1"]);
    const g3 = applyGrade(restored, "p/b#1", grade(0.5));
    const g4 = applyGrade(reload(g3.state), "p/b#1", grade(0.5));
    expect(g4.applied).toBe(false);
    expect(sessionScore(g4.state)).toEqual({ score: 1.5, max: 3, graded: 2, pending: 0 });
  });

  it("counts only the latest submission of a question", () => {
    let s = submitAnswer(start(), "p/a", at(1), { answer: { choices: ["b"] } }).state;
    s = applyGrade(s, "p/a#1", grade(0)).state;
    s = submitAnswer(s, "p/a", at(2), { answer: { choices: ["a"] } }).state;
    expect(pendingSubmissions(s).map((x) => x.id)).toEqual(["p/a#2"]);
    s = applyGrade(s, "p/a#2", grade(1)).state;
    expect(questionResults(s)["p/a"]!.score).toBe(1);
    expect(sessionScore(s)).toMatchObject({ score: 1, graded: 1 });
  });
});

describe("hints", () => {
  it("shows hints one at a time in practice mode, never past the last, and never in strict mode", () => {
    const practice = createSession(shortLoop, shortSelection(), "practice", T0);
    const a = practice.sections[0]!.questionKeys[0]!;
    const one = revealHint(practice, a, 2, T0 + MIN);
    expect(one.refused).toBeUndefined();
    expect(one.state.questions[a]!.hintsUsed).toBe(1);
    const two = revealHint(reload(one.state), a, 2, T0 + 2 * MIN);
    expect(two.state.questions[a]!.hintsUsed).toBe(2);
    const three = revealHint(two.state, a, 2, T0 + 3 * MIN);
    expect(three.refused).toMatch(/no more hints/);
    expect(three.state.questions[a]!.hintsUsed).toBe(2);

    const strict = createSession(shortLoop, shortSelection(), "strict", T0);
    const r = revealHint(strict, a, 2, T0 + MIN);
    expect(r.refused).toMatch(/Strict mode has no hints/);
    expect(r.state.questions[a]!.hintsUsed).toBeUndefined();
  });
});
