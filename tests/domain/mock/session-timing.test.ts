import { describe, expect, it } from "vitest";
import {
  createSession,
  pause,
  resume,
  saveDraft,
  tick,
  timing,
  type MockEvent,
  type MockMode,
  type MockState,
} from "../../../src/domain/mock";
import { MIN, reload, shortLoop, shortSelection, T0 } from "./mock-factories";

const start = (mode: MockMode = "strict") =>
  createSession(shortLoop, shortSelection(), mode, T0, { seed: 7 });
const at = (m: number) => T0 + m * MIN;
const warnings = (events: MockEvent[]) =>
  events
    .filter((e) => e.type === "warning")
    .map((e) => (e.type === "warning" ? `${e.scope}:${e.sectionId}:${e.minutesLeft}` : ""));

/** Tick through `minutes` in order, collecting every event. */
function run(state: MockState, minutes: number[]): { state: MockState; events: MockEvent[] } {
  let s = state;
  const events: MockEvent[] = [];
  for (const m of minutes) {
    const t = tick(s, at(m));
    s = t.state;
    events.push(...t.events);
  }
  return { state: s, events };
}

describe("mock clock", () => {
  it("counts down the loop and the current section from wall-clock time", () => {
    const s = start();
    expect(timing(s, at(0))).toMatchObject({
      loopBudgetMs: 18 * MIN,
      loopRemainingMs: 18 * MIN,
      sectionRemainingMs: 10 * MIN,
    });
    expect(timing(s, at(3))).toMatchObject({
      sectionId: "s1",
      loopRemainingMs: 15 * MIN,
      sectionRemainingMs: 7 * MIN,
      sectionElapsedMs: 3 * MIN,
    });
    const { state } = run(s, [10.5]);
    expect(timing(state, at(10.5))).toMatchObject({
      sectionId: "s2",
      sectionRemainingMs: 7.5 * MIN,
      loopRemainingMs: 7.5 * MIN,
    });
  });

  it("warns at 5 and 1 minutes left, once each, for sections and for the loop", () => {
    const minutes = [1, 5, 5.5, 8, 9, 9.5, 10, 12, 13, 13.5, 16, 17, 17.5];
    const { events, state } = run(start(), minutes);
    expect(warnings(events)).toEqual(["section:s1:5", "section:s1:1", "loop:s2:5", "loop:s2:1"]);
    expect(state.warnings).toEqual(["section:s1:5", "section:s1:1", "loop:5", "loop:1"]);
    // Ticking again at the same moments emits nothing new.
    expect(warnings(run(state, minutes.slice(-3)).events)).toEqual([]);
  });

  it("crossing both thresholds at once (after a long gap) warns once, at 1 minute", () => {
    const first = run(start(), [9.5]);
    expect(warnings(first.events)).toEqual(["section:s1:1"]);
    expect(warnings(run(first.state, [9.6, 9.9]).events)).toEqual([]);
  });

  it("excludes paused time (practice mode) and stops the clock while paused", () => {
    const p = pause(start("practice"), at(2));
    expect(p.refused).toBeUndefined();
    expect(p.events).toEqual([{ type: "paused" }]);
    expect(tick(p.state, at(11)).events).toEqual([]);
    expect(timing(p.state, at(11)).sectionRemainingMs).toBe(8 * MIN);
    expect(saveDraft(p.state, "p/a", { text: "x" }, at(3)).refused).toMatch(/paused/);
    expect(pause(p.state, at(3)).refused).toMatch(/paused/);
    const r = resume(p.state, at(12));
    expect(r.events[0]).toEqual({ type: "resumed", pausedMs: 10 * MIN });
    expect(timing(r.state, at(13))).toMatchObject({
      sectionId: "s1",
      sectionRemainingMs: 7 * MIN,
      loopRemainingMs: 15 * MIN,
    });
    expect(resume(r.state, at(13)).refused).toBe("The mock is not paused.");
  });

  it("strict mode refuses to pause, with a reason", () => {
    const s = start("strict");
    const p = pause(s, at(1));
    expect(p.state).toBe(s);
    expect(p.refused).toMatch(/Strict mode has no pause/);
  });

  it("resumes after a reload with the clock right, drafts intact and warnings not repeated", () => {
    let s = saveDraft(start(), "p/a", { choices: ["a"] }, at(4)).state;
    s = run(s, [5.2]).state; // section 5-minute warning already shown
    const restored = reload(s);
    const t = tick(restored, at(7));
    expect(warnings(t.events)).toEqual([]);
    expect(t.state.questions["p/a"]!.draft).toEqual({ choices: ["a"] });
    expect(timing(t.state, at(7))).toMatchObject({
      sectionId: "s1",
      sectionRemainingMs: 3 * MIN,
      loopRemainingMs: 11 * MIN,
    });
  });

  it("keeps paused time excluded across a reload while paused", () => {
    const paused = reload(pause(start("practice"), at(3)).state);
    const r = resume(reload(paused), at(20));
    expect(timing(r.state, at(21))).toMatchObject({ sectionRemainingMs: 6 * MIN, loopRemainingMs: 14 * MIN });
  });

  it("ignores a clock that goes backwards", () => {
    const s = run(start(), [6]).state;
    expect(timing(s, at(4)).sectionRemainingMs).toBe(4 * MIN);
    expect(tick(s, at(4)).events).toEqual([]);
  });
});
