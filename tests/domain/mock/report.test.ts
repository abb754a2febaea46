import { describe, expect, it } from "vitest";
import {
  buildReport,
  questionResults,
  reportFromJson,
  reportToJson,
  reportToMarkdown,
  solutionText,
  type MockReport,
} from "../../../src/domain/mock";
import type { DesignQuestion } from "../../../src/domain/packs";
import { finishedMock, finishedQuestions, grade, MIN, pool, q, T0 } from "./mock-factories";

const { a, b, d } = finishedQuestions;
const questions = pool([a, b, d]);

const earlier = (id: string, daysAgo: number, score: number, base: MockReport): MockReport => ({
  ...base,
  id,
  startedAt: T0 - daysAgo * 86_400_000,
  finishedAt: T0 - daysAgo * 86_400_000 + 60 * MIN,
  overall: { ...base.overall, score },
});

describe("buildReport", () => {
  const state = finishedMock();
  const report = buildReport(state, questionResults(state), questions);

  it("scores overall, per section and per category, each question once", () => {
    expect(report.overall.points).toBeCloseTo(1 + 0 + 2 / 3);
    expect(report.overall.maxPoints).toBe(3);
    expect(report.overall.score).toBeCloseTo(5 / 9);
    // Three questions in 18 minutes are too little evidence for a hire signal.
    expect(report.overall.signal).toBeNull();
    expect(report.overall.signalNote).toBe(
      "No hire signal: too little evidence — this loop had 3 questions (at least 4), 18 minutes (at least 45). An interviewer judges a longer round of substantial questions.",
    );
    expect(
      report.sections.map((s) => [s.id, s.questionCount, +s.score.toFixed(3), s.usedMs, s.budgetMs]),
    ).toEqual([
      ["s1", 2, 0.5, 9 * MIN, 10 * MIN],
      ["s2", 1, 0.667, 6 * MIN, 8 * MIN],
    ]);
    expect(report.categories).toEqual([
      {
        category: "ml-fundamentals",
        score: 0.5,
        questionCount: 2,
        signal: null,
        signalNote: "No signal for a loop this small.",
      },
      {
        category: "system-design",
        score: 2 / 3,
        questionCount: 1,
        signal: null,
        signalNote: "No signal for a loop this small.",
      },
    ]);
    expect(report.time).toEqual({ usedMs: 15 * MIN, budgetMs: 18 * MIN });
    expect(report.finishReason).toBe("finished-early");
    expect(report.seed).toBe(99);
  });

  it("reports time against budget, outcomes, rubric breakdown and solutions per question", () => {
    const byKey = Object.fromEntries(report.questions.map((x) => [x.key, x]));
    expect(byKey["p/a"]).toMatchObject({
      outcome: "pass",
      score: 1,
      timeUsedMs: 3 * MIN,
      budgetMs: 5 * MIN,
      overBudget: false,
    });
    expect(byKey["p/b"]).toMatchObject({
      outcome: "fail",
      timeUsedMs: 6 * MIN,
      overBudget: true,
    });
    // The choice options keep the letters they had in the mock; the solution uses them.
    const options = byKey["p/b"]!.options!;
    expect(options.map((o) => o.letter)).toEqual(["A", "B"]);
    const yes = options.find((o) => o.text === "Yes")!;
    expect(yes).toMatchObject({ correct: true, chosen: false });
    expect(options.find((o) => o.text === "No")).toMatchObject({ correct: false, chosen: true });
    expect(byKey["p/b"]!.solution).toBe(`- **${yes.letter}.** Yes`);
    expect(byKey["p/d"]!.options).toBeUndefined();
    expect(byKey["p/d"]!.rubric).toEqual([
      { id: "r1", description: "Point one", points: 2, maxPoints: 2, passed: true },
      { id: "r2", description: "Point two", points: 0, maxPoints: 1, passed: false },
    ]);
    expect(byKey["p/d"]).toMatchObject({
      solution: "Model design.",
      explanation: "Why d.",
      timeUsedMs: 6 * MIN,
    });
    expect(byKey["p/a"]!.rubric).toEqual([]);
  });

  it("marks missing results as pending or unanswered, scoring 0", () => {
    const r = buildReport(state, { "p/a": grade(1) }, questions);
    expect(r.questions.map((x) => x.outcome)).toEqual(["pass", "pending", "pending"]);
    expect(r.overall.score).toBeCloseTo(1 / 3);
  });

  it("finds strengths and weaknesses by topic, with the weak topics to drill", () => {
    expect(report.topics.map((t) => [t.topic, +t.score.toFixed(3), t.questionCount])).toEqual([
      ["stats", 1, 1],
      ["metrics", 0.833, 2],
      ["search", 0.667, 1],
      ["calibration", 0, 1],
    ]);
    // "metrics" scores 0.83 on average but its design answer got only 2 of 3 points: not a strength.
    expect(report.strengths).toEqual(["stats"]);
    expect(report.weaknesses).toEqual(["calibration"]);
    expect(report.drillTopics).toEqual(["calibration"]);
  });

  it("compares with earlier mocks and builds the chart series", () => {
    expect(report.comparison).toEqual({ previousScore: null, delta: null, bestPreviousScore: null });
    const prev = [
      earlier("old-2", 2, 0.6, report),
      earlier("old-7", 7, 0.3, report),
      earlier("future", -3, 0.9, report),
      { ...report }, // this very mock, saved before: not compared with itself
    ];
    const r = buildReport(state, questionResults(state), questions, prev);
    expect(r.history.map((p) => [p.reportId, p.score])).toEqual([
      ["old-7", 0.3],
      ["old-2", 0.6],
      ["mock-now", r.overall.score],
    ]);
    expect(r.comparison.previousScore).toBe(0.6);
    expect(r.comparison.delta).toBeCloseTo(5 / 9 - 0.6);
    expect(r.comparison.bestPreviousScore).toBe(0.6);
  });

  it("is plain JSON and exports to JSON and Markdown", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(reportFromJson(reportToJson(report))).toEqual(report);
    expect(reportFromJson("{}")).toBeUndefined();
    expect(reportFromJson("not json")).toBeUndefined();
    const md = reportToMarkdown(
      buildReport(state, questionResults(state), questions, [earlier("old", 2, 0.25, report)]),
    );
    for (const heading of [
      "# Mock interview report: Short loop",
      "## Sections",
      "## Hire signal by category",
      "## Questions",
      "### Q d",
      "## Strengths and weaknesses",
      "## Compared with earlier mocks",
    ])
      expect(md).toContain(heading);
    expect(md).toContain("- Overall: **56%** (1.67 / 3) — no hire signal");
    expect(md).toContain("- No hire signal: too little evidence");
    expect(md).toContain("| Fundamentals | 50% | 2 | 9.0 min | 10.0 min |");
    expect(md).toContain("| system-design | 67% | none (No signal for a loop this small.) |");
    expect(md).toMatch(/\| \*\*A\.\*\* (Yes|No) \| (✓)? \| (✓)? \|/);
    expect(md).toContain("- Time: 6.0 min of 5.0 min — over budget");
    expect(md).toContain("| Point one | 2 / 2 |");
    expect(md).toContain("Model design.");
    expect(md).toContain("- Weaknesses: calibration");
    expect(md).toContain("- Previous: 25% (+31%)");
    expect(md).toContain("- Series: 25% → 56%");
  });
});

describe("solutionText", () => {
  it("gives a design question's model answer, then each follow-up's model answer where written", () => {
    const base = q("d", { kind: "design", category: "system-design" }) as DesignQuestion;
    const d: DesignQuestion = {
      ...base,
      followUps: [
        { id: "scale", question: "How does it scale?", modelAnswer: "Shard by user." },
        { id: "drift", question: "Drift?" },
        { id: "cost", question: "Cost?", modelAnswer: "Cache hot items." },
      ],
    };
    expect(solutionText(d)).toBe(
      "Model design.\n\n**Follow-up 1: How does it scale?**\n\nShard by user.\n\n**Follow-up 3: Cost?**\n\nCache hot items.",
    );
    expect(solutionText(q("w", { kind: "written" }))).toBe("Model answer.");
  });
});
