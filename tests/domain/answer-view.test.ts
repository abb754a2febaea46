import { describe, expect, it } from "vitest";
import { answerMarkdown, answerView, fenced } from "../../src/domain/practice/answer-view";
import { parsePack, type Question } from "../../src/domain/packs";
import {
  choiceQuestion,
  designQuestion,
  incidentQuestion,
  numericQuestion,
  pythonQuestion,
  validPack,
  writtenQuestion,
} from "./packs/pack-factories";

function q(raw: Record<string, unknown>): Question {
  const r = parsePack(validPack([raw]));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack.questions[0]!;
}

describe("answerView", () => {
  it("shows code from a practice attempt and from a mock submission", () => {
    const py = q(pythonQuestion("py"));
    expect(answerView(py, "def f(x):\n    return x")).toEqual({
      kind: "code",
      language: "python",
      code: "def f(x):\n    return x",
    });
    expect(answerView(py, { text: "pass" })).toMatchObject({ kind: "code", code: "pass" });
    expect(answerView(py, { text: "  " })).toEqual({ kind: "none" });
  });

  it("shows the chosen options with their text and whether each was correct", () => {
    const c = q(choiceQuestion("c"));
    const correct = (c as Extract<Question, { kind: "choice" }>).options.find((o) => o.correct)!;
    expect(answerView(c, [correct.id])).toEqual({
      kind: "choices",
      chosen: [{ id: correct.id, text: correct.text, correct: true }],
    });
    expect(answerView(c, { choices: ["gone"] })).toEqual({
      kind: "choices",
      chosen: [{ id: "gone", text: "gone" }],
    });
  });

  it("shows a numeric value with its unit, and written parts under their labels in order", () => {
    const n = q(numericQuestion("n", { unit: "ms" }));
    expect(answerView(n, "25")).toEqual({ kind: "value", text: "25", unit: "ms" });
    const w = q(writtenQuestion("w"));
    expect(answerView(w, { answer: "Because." })).toEqual({
      kind: "parts",
      parts: [{ id: "answer", label: "Your answer", text: "Because." }],
    });
    const d = q(
      designQuestion("d", {
        sections: [
          { id: "data", title: "Data", rubric: [{ id: "r1", description: "x", points: 1, signals: ["x"] }] },
          {
            id: "model",
            title: "Model",
            rubric: [{ id: "r2", description: "y", points: 1, signals: ["y"] }],
          },
        ],
      }),
    );
    const view = answerView(d, { parts: { "follow-up-f1": "three", model: "two", data: "one", extra: " " } });
    expect(view).toEqual({
      kind: "parts",
      parts: [
        { id: "data", label: "Data", text: "one" },
        { id: "model", label: "Model", text: "two" },
        { id: "follow-up-f1", label: "Follow-up 1", text: "three" },
      ],
    });
  });

  it("falls back to text for a question that is no longer known", () => {
    expect(answerView(undefined, { text: "SELECT 1" })).toEqual({ kind: "value", text: "SELECT 1" });
    expect(answerView(undefined, undefined)).toEqual({ kind: "none" });
  });
});

describe("answerView of an incident", () => {
  const inc = q(incidentQuestion("inc"));
  it("shows each answered step under its title, in step order, from a mock submission", () => {
    const view = answerView(inc, {
      steps: { fix: { text: "SELECT 1;" }, diagnose: { choices: ["units"] }, size: { text: "2" } },
    });
    expect(view).toEqual({
      kind: "steps",
      steps: [
        {
          id: "diagnose",
          title: "Find the fault",
          view: {
            kind: "choices",
            chosen: [{ id: "units", text: "Amounts switched to cents", correct: true }],
          },
        },
        { id: "size", title: "Size it", view: expect.objectContaining({ kind: "value", text: "2" }) },
        { id: "fix", title: "Fix the query", view: { kind: "code", language: "sql", code: "SELECT 1;" } },
      ],
    });
    expect(answerMarkdown(view)).toContain("*Fix the query*\n\n```sql\nSELECT 1;\n```");
  });

  it("shows a practice attempt's fix as code in the fix's language, and nothing for empty answers", () => {
    expect(answerView(inc, "SELECT 2;")).toEqual({ kind: "code", language: "sql", code: "SELECT 2;" });
    expect(answerView(inc, { steps: { size: { text: "  " } } })).toEqual({ kind: "none" });
    expect(answerView(inc, { nonsense: 1 })).toEqual({ kind: "none" });
  });
});

describe("answerMarkdown", () => {
  it("fences code so backticks in it cannot break out", () => {
    expect(fenced("x = '```'", "python")).toBe("````python\nx = '```'\n````");
    expect(answerMarkdown({ kind: "code", language: "sql", code: "SELECT 1\n" })).toBe(
      "```sql\nSELECT 1\n```",
    );
  });

  it("lists choices, quotes written parts under their label, and says when nothing was given", () => {
    expect(answerMarkdown({ kind: "choices", chosen: [{ id: "a", text: "Yes", correct: false }] })).toBe(
      "- Yes (not correct)",
    );
    expect(answerMarkdown({ kind: "parts", parts: [{ id: "a", label: "Data", text: "one\ntwo" }] })).toBe(
      "*Data*\n\n> one\n> two",
    );
    expect(answerMarkdown({ kind: "value", text: "0.5", unit: "s" })).toBe("`0.5` s");
    expect(answerMarkdown({ kind: "none" })).toBe("_No answer given._");
  });
});
