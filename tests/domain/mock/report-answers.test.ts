import { describe, expect, it } from "vitest";
import {
  buildReport,
  questionResults,
  reportFromJson,
  reportToJson,
  reportToMarkdown,
} from "../../../src/domain/mock";
import { finishedMock, finishedQuestions, pool } from "./mock-factories";

const { a, b, d } = finishedQuestions;
const state = finishedMock();
const report = buildReport(state, questionResults(state), pool([a, b, d]));
const byKey = Object.fromEntries(report.questions.map((x) => [x.key, x]));

describe("the mock report keeps the candidate's own answers", () => {
  it("has each question's final answer: chosen options with their text, written parts under their labels", () => {
    expect(byKey["p/a"]!.answer).toEqual({
      kind: "choices",
      chosen: [{ id: "a", text: "Yes", correct: true }],
    });
    expect(byKey["p/b"]!.answer).toEqual({
      kind: "choices",
      chosen: [{ id: "b", text: "No", correct: false }],
    });
    expect(byKey["p/d"]!.answer).toEqual({
      kind: "parts",
      parts: [{ id: "arch", label: "Architecture", text: "one" }],
    });
  });

  it("exports them in Markdown and JSON", () => {
    const md = reportToMarkdown(report);
    expect(md).toContain("**Your answer**\n\n- No (not correct)");
    expect(md).toContain("**Your answer**\n\n*Architecture*\n\n> one");
    expect(reportFromJson(reportToJson(report))?.questions[2]!.answer).toEqual(byKey["p/d"]!.answer);
  });

  it("says when a question was never answered", () => {
    const unanswered = buildReport(
      {
        ...state,
        submissions: {},
        questions: Object.fromEntries(
          Object.entries(state.questions).map(([k, v]) => [k, { ...v, submissionIds: [] }]),
        ),
      },
      {},
      pool([a, b, d]),
    );
    expect(unanswered.questions.map((x) => x.answer)).toEqual([
      { kind: "none" },
      { kind: "none" },
      { kind: "none" },
    ]);
    expect(reportToMarkdown(unanswered)).toContain("**Your answer**\n\n_No answer given._");
  });
});
