// Incidents in mocks: the debugging sections draw them, step answers are drafts and submissions
// like any answer (empty, equal, round-tripped), the report lists each step and the solution
// shows every step's answer and the write-up.
import { describe, expect, it } from "vitest";
import { gradeIncident } from "../../../src/domain/grading/incident-grading";
import {
  buildReport,
  createSession,
  decodeShareCode,
  encodeShareCode,
  finishEarly,
  isEmptyAnswer,
  LOOP_TEMPLATES,
  SCREEN_30_ID,
  questionResults,
  reportToMarkdown,
  sameAnswer,
  saveDraft,
  selectQuestions,
  solutionText,
  submitAnswer,
  applyGrade,
  type LoopTemplate,
} from "../../../src/domain/mock";
import type { IncidentQuestion } from "../../../src/domain/packs";
import { at, builtInPool, pool, q, reload, T0 } from "./mock-factories";

const incident = q("inc", { kind: "incident", topics: ["leakage"] }) as IncidentQuestion;
const loop: LoopTemplate = {
  id: "custom",
  title: "Debugging",
  description: "test",
  sections: [{ id: "s1", title: "Debugging", minutes: 20, count: 1, filter: { category: "debugging" } }],
};

describe("incidents in mocks", () => {
  it("every built-in loop's debugging section can draw an incident", () => {
    // The short screen has no debugging section; every full loop has one, and it can draw incidents.
    const withDebugging = LOOP_TEMPLATES.filter((t) => t.id !== SCREEN_30_ID);
    expect(withDebugging.length).toBeGreaterThanOrEqual(3);
    for (const t of withDebugging) {
      const section = t.sections.find((s) => s.id === "debugging");
      expect(section?.filter.kinds, t.id).toContain("incident");
    }
    const bank = builtInPool().filter((p) => p.question.kind === "incident");
    expect(bank.length).toBeGreaterThan(0);
    const picked = selectQuestions(
      {
        ...loop,
        sections: [{ ...loop.sections[0]!, filter: { category: "debugging", kinds: ["incident"] } }],
      },
      bank,
      [],
      7,
    );
    expect(picked.ok).toBe(true);
    expect(picked.sections[0]!.questions[0]!.question.kind).toBe("incident");
  });

  it("a custom section of incidents survives a share code", () => {
    const custom: LoopTemplate = {
      ...loop,
      sections: [{ ...loop.sections[0]!, filter: { category: "debugging", kinds: ["incident", "written"] } }],
    };
    const decoded = decodeShareCode(encodeShareCode(custom, 42));
    expect(decoded.ok && decoded.template.sections[0]!.filter.kinds).toEqual(["written", "incident"]);
  });

  it("step answers make an answer non-empty, compare regardless of order, and survive a reload", () => {
    expect(isEmptyAnswer({ steps: {} })).toBe(true);
    expect(isEmptyAnswer({ steps: { why: { choices: [] }, fix: { text: "  " } } })).toBe(true);
    expect(isEmptyAnswer({ steps: { why: { choices: ["a"] } } })).toBe(false);
    expect(isEmptyAnswer({ steps: { fix: { text: "SELECT 1;" } } })).toBe(false);
    expect(
      sameAnswer(
        { steps: { why: { choices: ["b", "a"] }, fix: { text: "x" } } },
        { steps: { fix: { text: "x" }, why: { choices: ["a", "b"] }, size: { text: "" } } },
      ),
    ).toBe(true);
    expect(sameAnswer({ steps: { fix: { text: "x" } } }, { steps: { fix: { text: "y" } } })).toBe(false);

    let s = createSession(loop, [{ sectionId: "s1", questions: pool([incident]) }], "practice", T0, {
      id: "m",
    });
    s = saveDraft(s, "p/inc", { steps: { why: { choices: ["a"] } } }, at(1)).state;
    s = reload(s);
    expect(s.questions["p/inc"]!.draft).toEqual({ steps: { why: { choices: ["a"] } } });
    s = submitAnswer(s, "p/inc", at(2), {
      answer: { steps: { why: { choices: ["a"] }, fix: { text: "SELECT 1;" } } },
    }).state;
    expect(reload(s).submissions["p/inc#1"]!.answer.steps).toEqual({
      why: { choices: ["a"] },
      fix: { text: "SELECT 1;" },
    });
  });

  it("an untouched incident is unanswered when the mock ends; a drafted one is auto-submitted", () => {
    const two = { ...loop, sections: [{ ...loop.sections[0]!, count: 2 }] };
    const other = q("inc2", { kind: "incident" }) as IncidentQuestion;
    let s = createSession(two, [{ sectionId: "s1", questions: pool([incident, other]) }], "strict", T0, {
      id: "m",
    });
    s = saveDraft(s, "p/inc", { steps: { fix: { text: "SELECT 1;" } } }, at(1)).state;
    const step = finishEarly(s, at(3));
    const finished = step.events.find((e) => e.type === "finished");
    expect(finished).toMatchObject({ unanswered: ["p/inc2"] });
    expect(step.state.questions["p/inc"]!.submissionIds).toHaveLength(1);
  });

  it("the report lists each step with its points, and the solution gives every step's answer", () => {
    let s = createSession(loop, [{ sectionId: "s1", questions: pool([incident]) }], "practice", T0, {
      id: "m",
    });
    const answer = { steps: { why: { choices: ["a"] }, fix: { text: "SELECT 2;" } } };
    s = submitAnswer(s, "p/inc", at(5), { answer }).state;
    s = finishEarly(s, at(6)).state;
    const fix = {
      status: "fail" as const,
      score: 0,
      cases: [{ id: "default", status: "fail" as const }],
      durationMs: 1,
    };
    s = applyGrade(s, "p/inc#1", gradeIncident(incident, answer.steps, fix)).state;
    const report = buildReport(s, questionResults(s), pool([incident]));
    const rq = report.questions[0]!;
    expect(rq).toMatchObject({ kind: "incident", outcome: "fail" });
    expect(rq.score).toBeCloseTo(1 / 3);
    expect(rq.rubric).toEqual([
      { id: "why", description: "Find the fault", points: 1, maxPoints: 1, passed: true },
      { id: "fix", description: "Fix the query", points: 0, maxPoints: 2, passed: false },
    ]);
    expect(solutionText(incident)).toBe(
      "**Step 1: Find the fault**\n\n- Leak\n\n**Step 2: Fix the query**\n\n```sql\nSELECT 1;\n```\n\n**Write-up**\n\nModel write-up.",
    );
    const md = reportToMarkdown(report);
    expect(md).toContain(
      "| Step | Points |\n|---|---|\n| Find the fault | 1 / 1 |\n| Fix the query | 0 / 2 |",
    );
  });
});
