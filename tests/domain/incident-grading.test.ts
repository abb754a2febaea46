// Grading an incident: one case per step with points, partial credit for the diagnosis, the fix
// all or nothing, and an engine failure is not a grade.
import { describe, expect, it } from "vitest";
import { gradeIncident, stepAnswered } from "../../src/domain/grading/incident-grading";
import type { GradeResult } from "../../src/domain/grading/result";
import { parsePack, type IncidentQuestion } from "../../src/domain/packs";
import { choiceStep, incidentQuestion, validPack } from "./packs/pack-factories";

function incident(extra: Record<string, unknown> = {}): IncidentQuestion {
  const r = parsePack(validPack([incidentQuestion("inc", extra)]));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack.questions[0] as IncidentQuestion;
}

const fixResult = (status: GradeResult["status"], passed: number, total: number): GradeResult => ({
  status,
  score: total ? passed / total : 0,
  cases: Array.from({ length: total }, (_, i) => ({ id: `c${i}`, status: i < passed ? "pass" : "fail" })),
  durationMs: 12,
});

const right = { diagnose: { choices: ["units"] }, size: { text: "2" }, fix: { text: "SELECT 1;" } };

describe("gradeIncident", () => {
  it("passes with full score when every step is right, one case per step with its points", () => {
    const r = gradeIncident(incident(), right, fixResult("pass", 3, 3));
    expect(r).toMatchObject({ status: "pass", score: 1, durationMs: 12 });
    expect(r.cases.map((c) => [c.id, c.description, c.status, c.points, c.maxPoints])).toEqual([
      ["diagnose", "Find the fault", "pass", 1, 1],
      ["size", "Size it", "pass", 1, 1],
      ["fix", "Fix the query", "pass", 2, 2],
    ]);
    expect(r.cases[0]).toMatchObject({
      expected: "Amounts switched to cents",
      actual: "Amounts switched to cents",
    });
    expect(r.cases[2]).toMatchObject({ message: "All 3 tests passed." });
    expect(r.cases[2]!.details).toMatchObject({ kind: "incident-fix", result: { status: "pass" } });
  });

  it("keeps the diagnosis points when the fix fails: the fix is all or nothing", () => {
    const r = gradeIncident(incident(), right, fixResult("fail", 2, 3));
    expect(r.status).toBe("fail");
    expect(r.score).toBeCloseTo(2 / 4);
    expect(r.cases[2]).toMatchObject({ status: "fail", points: 0, message: "1 of 3 tests failed." });
  });

  it("gives the fix points after a wrong diagnosis, and says what the right answer was", () => {
    const answers = { ...right, diagnose: { choices: ["nulls"] }, size: { text: "5" } };
    const r = gradeIncident(incident(), answers, fixResult("pass", 3, 3));
    expect(r.status).toBe("fail");
    expect(r.score).toBeCloseTo(2 / 4);
    expect(r.cases[0]).toMatchObject({
      status: "fail",
      points: 0,
      expected: "Amounts switched to cents",
      actual: "Amounts went missing",
    });
    expect(r.cases[1]).toMatchObject({ status: "fail", points: 0, expected: "2", actual: "5" });
    expect(r.cases[1]!.message).toMatch(/^Off by 3/);
  });

  it("scores unanswered and unreadable steps 0, and a missing fix as not submitted", () => {
    const r = gradeIncident(incident(), { size: { text: "two" } }, null);
    expect(r.status).toBe("fail");
    expect(r.score).toBe(0);
    expect(r.cases.map((c) => [c.id, c.status, c.message])).toEqual([
      ["diagnose", "fail", "Not answered."],
      ["size", "fail", "“two” is not a number."],
      ["fix", "fail", "No fix submitted."],
    ]);
  });

  it("a fix that does not run is an error case worth 0; the diagnosis still counts", () => {
    const syntax: GradeResult = {
      status: "error",
      score: 0,
      cases: [],
      error: { kind: "SQLiteError", message: 'near "SELEC": syntax error' },
      durationMs: 3,
    };
    const r = gradeIncident(incident(), right, syntax);
    expect(r.status).toBe("fail");
    expect(r.score).toBeCloseTo(2 / 4);
    expect(r.cases[2]).toMatchObject({
      status: "error",
      points: 0,
      message: 'SQLiteError: near "SELEC": syntax error',
    });
  });

  it("an engine failure on the fix is not a grade: the whole result is that error", () => {
    const down: GradeResult = {
      status: "error",
      score: 0,
      cases: [],
      error: { kind: "EngineUnavailable", message: "Python could not start." },
      durationMs: 0,
    };
    const r = gradeIncident(incident(), right, down);
    expect(r).toMatchObject({ status: "error", score: 0, cases: [], error: { kind: "EngineUnavailable" } });
  });

  it("a multiple-answer choice step earns its share of options judged right", () => {
    const multi = choiceStep("diagnose", {
      multiple: true,
      points: 2,
      options: [
        { id: "a", text: "A", correct: true, explanation: "." },
        { id: "b", text: "B", correct: true, explanation: "." },
        { id: "c", text: "C", correct: false, explanation: "." },
        { id: "d", text: "D", correct: false, explanation: "." },
      ],
    });
    const q = incident({ steps: [multi, (incidentQuestion().steps as unknown[])[2]] });
    const r = gradeIncident(q, { diagnose: { choices: ["a", "c"] } }, fixResult("pass", 1, 1));
    // a right, b missed, c wrongly chosen, d rightly left out: 2 of 4 options judged right.
    expect(r.cases[0]).toMatchObject({ status: "fail", points: 1, maxPoints: 2 });
    expect(r.score).toBeCloseTo((1 + 2) / 4);
  });
});

describe("stepAnswered", () => {
  it("needs a choice, or non-blank text", () => {
    const q = incident();
    const [choice, numeric, fix] = q.steps as [
      IncidentQuestion["steps"][number],
      IncidentQuestion["steps"][number],
      IncidentQuestion["steps"][number],
    ];
    expect(stepAnswered(choice, { choices: [] })).toBe(false);
    expect(stepAnswered(choice, { choices: ["units"] })).toBe(true);
    expect(stepAnswered(numeric, { text: "  " })).toBe(false);
    expect(stepAnswered(numeric, undefined)).toBe(false);
    expect(stepAnswered(fix, { text: "SELECT 1;" })).toBe(true);
  });
});
