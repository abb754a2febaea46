// The pack checker on incidents, with the real engines: the buggy starter must fail, the
// reference fix pass, every wrong fix fail, numbers recompute; strict adds the quality rules.
import { loadPyodide } from "pyodide";
import initSqlJs from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePack, type Pack } from "../../src/domain/packs";
import {
  bankCoverage,
  checkPack,
  problemLines,
  type CheckEngines,
  type PackReport,
} from "../../src/runners/check-pack";
import { createPythonCore } from "../../src/runners/python/python-core";
import {
  choiceQuestion,
  choiceStep,
  incidentQuestion,
  numericStep,
  pythonFixStep,
  pythonIncident,
  sqlFixStep,
  validPack,
} from "../domain/packs/pack-factories";

let engines: CheckEngines;

beforeAll(async () => {
  const [pyodide, sql] = await Promise.all([loadPyodide(), initSqlJs()]);
  engines = { python: createPythonCore(pyodide), sql };
});

const check = (questions: Record<string, unknown>[], quality = false) =>
  checkPack(validPack(questions), engines, { quality });
const codes = (r: PackReport) => r.questions.flatMap((q) => q.problems.map((p) => `${p.code} ${p.path}`));
const problem = (r: PackReport, i = 0) => r.questions[0]!.problems[i]!;

/** The factory incident with its SQL fix step changed. */
const withFix = (extra: Record<string, unknown>, q: Record<string, unknown> = {}) =>
  incidentQuestion("inc", { steps: [choiceStep(), numericStep(), sqlFixStep("fix", extra)], ...q });

describe("checkPack: proving an SQL incident", () => {
  it("accepts the factory incident: reference, wrong fix, buggy starter and derived number", async () => {
    const r = await check([incidentQuestion("inc")]);
    expect(problemLines(r)).toEqual([]);
    expect(r.questions[0]).toMatchObject({ ok: true, kind: "incident", runs: 4 });
  });

  it("rejects an incident whose buggy starter passes the tests, naming starterCode", async () => {
    const r = await check([
      withFix({ starterCode: "SELECT SUM(CASE WHEN x < 100 THEN x ELSE x / 100.0 END) AS total FROM t;" }),
    ]);
    expect(codes(r)).toEqual(["starter-passes questions[0].steps[2].starterCode"]);
    expect(problem(r).message).toBe(
      "the buggy starter code passes all 2 datasets: they do not catch the planted fault",
    );
    expect(problem(r).fix).toMatch(/Add a variant/);
  });

  it("rejects a starter that does not run, or that is the reference", async () => {
    const broken = await check([withFix({ starterCode: "SELECT SUM(y) FROM t;" })]);
    expect(codes(broken)).toEqual(["starter-errors questions[0].steps[2].starterCode"]);
    expect(problem(broken).message).toMatch(/does not run \(SQLiteError: no such column: y\)/);
    const same = await check([
      withFix({ starterCode: "select sum(case when x >= 100 then x / 100.0 else x end) as total\n  from t" }),
    ]);
    expect(codes(same)).toEqual(["starter-is-reference questions[0].steps[2].starterCode"]);
  });

  it("rejects a wrong fix that passes, or that is the starter, and a reference that does not run", async () => {
    const wrongs = await check([
      withFix({
        wrongAnswers: [
          {
            id: "cents-by-value",
            query: "SELECT SUM(IIF(x >= 100, x / 100.0, x)) AS total FROM t;",
            mistake: "Same thing.",
          },
          { id: "unchanged", query: "SELECT SUM(x) AS total FROM t;", mistake: "No fix." },
        ],
      }),
    ]);
    expect(codes(wrongs)).toEqual([
      "wrong-answer-passes questions[0].steps[2].wrongAnswers[0]",
      "wrong-answer-is-starter questions[0].steps[2].wrongAnswers[1]",
    ]);
    expect(problemLines(wrongs)[1]).toBe(
      'questions[0].steps[2].wrongAnswers[1] (inc): wrong fix "unchanged" is the buggy starter code',
    );
    const ref = await check([withFix({ reference: "SELECT SUM(z) AS total FROM t;" })]);
    expect(codes(ref)).toEqual(["reference-fails questions[0].steps[2].reference"]);
    expect(ref.questions[0]!.problems[0]!.message).toMatch(/no such column: z/);
  });

  it("blames the incident's data when it does not load, and judges nothing else", async () => {
    const r = await check([
      withFix({}, { data: { schema: "CREATE TABLE t (x INTEGER);", seed: "INSERT INTO u VALUES (1);" } }),
    ]);
    expect(codes(r)).toEqual(["reference-fails questions[0].data"]);
    const variant = await check([
      withFix({ variants: [{ id: "more", seed: "INSERT INTO nope VALUES (1);" }] }),
    ]);
    expect(codes(variant)).toEqual(["reference-fails questions[0].steps[2].variants"]);
  });

  it("recomputes a numeric answer from the data with derive.sql", async () => {
    const off = await check([
      incidentQuestion("inc", { steps: [choiceStep(), numericStep("size", { answer: 3 }), sqlFixStep()] }),
    ]);
    expect(codes(off)).toEqual(["derive-mismatch questions[0].steps[1].answer"]);
    expect(problem(off).message).toBe("the answer 3 is not what `derive.sql` computes from the evidence (2)");
    const tolerated = await check([
      incidentQuestion("inc", {
        steps: [choiceStep(), numericStep("size", { answer: 2.4, tolerance: { abs: 0.5 } }), sqlFixStep()],
      }),
    ]);
    expect(codes(tolerated)).toEqual([]);
    const bad = await check([
      incidentQuestion("inc", {
        steps: [choiceStep(), numericStep("size", { derive: { sql: "SELECT 'two';" } }), sqlFixStep()],
      }),
    ]);
    expect(codes(bad)).toEqual(["derive-fails questions[0].steps[1].derive.sql"]);
    expect(problem(bad).message).toBe(
      '`derive.sql` does not give a number: its first cell is "two", not a number',
    );
  });
});

describe("checkPack: proving a Python incident", () => {
  const pyFix = (extra: Record<string, unknown>) =>
    pythonIncident("inc", { steps: [choiceStep(), pythonFixStep("fix", extra)] });

  it("accepts the factory incident: its files are importable and the fix is compiled as its module", async () => {
    const r = await check([pythonIncident("inc")]);
    expect(problemLines(r)).toEqual([]);
    expect(r.questions[0]).toMatchObject({ ok: true, runs: 3 });
  });

  it("rejects a buggy starter that passes, or that does not compile", async () => {
    const passes = await check([
      pyFix({
        starterCode:
          "from events import ROWS\n\ndef total(rows=ROWS):\n    return sum(x / 100 if x > 99 else x for x in rows)\n",
      }),
    ]);
    expect(codes(passes)).toEqual(["starter-passes questions[0].steps[1].starterCode"]);
    expect(problem(passes).message).toBe(
      "the buggy starter code passes all 2 tests: they do not catch the planted fault",
    );
    expect(problem(passes).fix).toMatch(/Add a test the buggy code fails/);
    const broken = await check([pyFix({ starterCode: "def total(rows)\n    return sum(rows)\n" })]);
    expect(codes(broken)).toEqual(["starter-errors questions[0].steps[1].starterCode"]);
    expect(problem(broken).message).toMatch(/does not run \(SyntaxError/);
  });

  it("recomputes a number with derive.python, importing the files and the module as the buggy starter", async () => {
    const derived = (answer: number, python: string, id = "inc") =>
      pythonIncident(id, {
        steps: [choiceStep(), numericStep("size", { answer, derive: { python } }), pythonFixStep()],
      });
    const ok = await check([
      derived(1, "from events import ROWS\n\n\ndef answer():\n    return sum(1 for x in ROWS if x >= 100)\n"),
      derived(503, "import pipeline\n\n\ndef answer():\n    return pipeline.total()\n", "inc-2"),
    ]);
    expect(problemLines(ok)).toEqual([]);
    const off = await check([
      derived(2, "from events import ROWS\n\n\ndef answer():\n    return len(ROWS) - 2\n"),
    ]);
    expect(codes(off)).toEqual(["derive-mismatch questions[0].steps[1].answer"]);
    expect(problem(off).message).toBe(
      "the answer 2 is not what `derive.python` computes from the evidence (1)",
    );
    const raises = await check([derived(1, "def answer():\n    return 1 / 0\n")]);
    expect(codes(raises)).toEqual(["derive-fails questions[0].steps[1].derive.python"]);
    expect(problem(raises).message).toMatch(/ZeroDivisionError/);
  });
});

describe("checkPack: the strict rules of incidents", () => {
  it("asks for a write-up, 3 options per choice step, derived numbers, hidden data and 2 wrong fixes", async () => {
    const q = incidentQuestion("inc", {
      hints: ["One.", "Two."],
      explanation: "x".repeat(200),
      modelAnswer: undefined,
      steps: [choiceStep(), numericStep("size", { derive: undefined }), sqlFixStep("fix", { variants: [] })],
    });
    const r = await check([q], true);
    expect(r.questions[0]!.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "questions[0].modelAnswer: no write-up (`modelAnswer`)",
      "questions[0].steps[0].options: 2 option(s), at least 3 wanted",
      "questions[0].steps[1].derive: the answer is not derived from the evidence",
      "questions[0].steps[2].variants: 0 hidden variant(s), at least 1 wanted",
      "questions[0].steps[2].wrongAnswers: 1 wrong fix(es), at least 2 wanted",
    ]);
  });
});

describe("bankCoverage: incidents", () => {
  it("counts incidents per fault and lists the faults none covers", () => {
    const r = parsePack(
      validPack([
        incidentQuestion("a"),
        incidentQuestion("b", { fault: "leakage" }),
        incidentQuestion("c", { fault: "leakage" }),
        choiceQuestion("d", { category: "debugging" }),
      ]),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const c = bankCoverage([r.pack as Pack]);
    expect(c.counts.debugging).toBe(4);
    expect(c.incidents.count).toBe(3);
    expect(c.incidents.byFault).toMatchObject({
      "unit-or-timezone-change": 1,
      leakage: 2,
      "latency-spike": 0,
    });
    expect(c.incidents.missingFaults).toHaveLength(8);
    expect(c.incidents.missingFaults).toContain("non-determinism");
    expect(c.incidents.missingFaults).not.toContain("leakage");
  });
});
