// The pack checker on small inline packs with the real engines: each kind of problem it must
// catch, the quality rules, the bank coverage and the report text.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadPyodide } from "pyodide";
import initSqlJs from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePack, type Pack } from "../../src/domain/packs";
import {
  bankCoverage,
  checkPack,
  formatPackReport,
  formatSummary,
  problemLines,
  type CheckEngines,
  type PackReport,
} from "../../src/runners/check-pack";
import { createPythonCore } from "../../src/runners/python/python-core";
import {
  choiceQuestion,
  designQuestion,
  numericQuestion,
  pythonQuestion,
  rubricItem,
  sqlQuestion,
  validPack,
  writtenQuestion,
} from "../domain/packs/pack-factories";

let engines: CheckEngines;

beforeAll(async () => {
  const [pyodide, sql] = await Promise.all([loadPyodide(), initSqlJs()]);
  engines = { python: createPythonCore(pyodide), sql };
});

const check = (questions: Record<string, unknown>[], quality = false) =>
  checkPack(validPack(questions), engines, { quality });
const codes = (r: PackReport) => r.questions.flatMap((q) => q.problems.map((p) => `${p.code} ${p.path}`));

describe("checkPack: proving code questions", () => {
  it("accepts the factory pack with one question of each kind", async () => {
    const r = await check(validPack().questions as Record<string, unknown>[]);
    expect(problemLines(r)).toEqual([]);
    expect(r).toMatchObject({ ok: true, packId: "test-pack", quality: false });
    expect(r.stats).toMatchObject({ questions: 6, ok: 6, withProblems: 0, problems: 0, runs: 4 });
    expect(r.packStats?.byKind.python).toBe(1);
  });

  it("reports a python wrong answer that passes every case", async () => {
    const passing = { id: "adds-twice", code: "def add(a, b):\n    return b + a\n", mistake: "Same thing." };
    const q = pythonQuestion("py-q", {
      wrongAnswers: [(pythonQuestion().wrongAnswers as unknown[])[0], passing],
    });
    const r = await check([choiceQuestion(), q]);
    expect(r.ok).toBe(false);
    expect(problemLines(r)).toEqual([
      'questions[1].wrongAnswers[1] (py-q): wrong answer "adds-twice" passed all 2 cases',
    ]);
    expect(r.questions[1]!.problems[0]!.fix).toMatch(/Add a case/);
    expect(r.stats).toMatchObject({ questions: 2, ok: 1, withProblems: 1, problems: 1 });
  });

  it("reports a reference that fails, naming the failing case", async () => {
    const q = pythonQuestion("py-q", { referenceSolution: "def add(a, b):\n    return a + b + (a < 0)\n" });
    const r = await check([q]);
    expect(codes(r)).toEqual(["reference-fails questions[0].cases[1].expected"]);
    expect(r.questions[0]!.problems[0]!.message).toMatch(/fails 1 of 2 cases: "negative" \(.*-3.*-2/);
  });

  it("reports a wrong answer that does not compile, but accepts one that raises at run time", async () => {
    const q = pythonQuestion("py-q", {
      wrongAnswers: [
        { id: "typo", code: "def add(a, b)\n    return a - b\n", mistake: "Missing colon." },
        { id: "raises", code: "def add(a, b):\n    return a + b + None\n", mistake: "Adds None." },
      ],
    });
    const r = await check([q]);
    expect(codes(r)).toEqual(["wrong-answer-syntax-error questions[0].wrongAnswers[0].code"]);
    expect(r.questions[0]!.problems[0]!.message).toMatch(/"typo" does not compile \(SyntaxError/);
  });

  it("reports an sql wrong answer equal to the reference, one that passes and one that does not run", async () => {
    const q = sqlQuestion("sql-q", {
      wrongAnswers: [
        { id: "same", query: "select sum(x)\n  from t", mistake: "Identical." },
        { id: "alias", query: "SELECT SUM(x) AS total FROM t;", mistake: "Only renames." },
        { id: "typo", query: "SELECT SUM(x) FROM tt;", mistake: "Wrong table." },
        { id: "count", query: "SELECT COUNT(x) FROM t;", mistake: "Counts." },
      ],
    });
    const r = await check([q]);
    expect(codes(r)).toEqual([
      "wrong-answer-is-reference questions[0].wrongAnswers[0].query",
      "wrong-answer-passes questions[0].wrongAnswers[1]",
      "wrong-answer-errors questions[0].wrongAnswers[2].query",
    ]);
    expect(problemLines(r)[1]).toBe(
      'questions[0].wrongAnswers[1] (sql-q): wrong answer "alias" passed all 2 datasets',
    );
    expect(problemLines(r)[2]).toMatch(/"typo" does not run \(SQLiteError: no such table: tt/);
  });

  it("reports an sql question whose variant data does not load, without judging wrong answers", async () => {
    const q = sqlQuestion("sql-q", { variants: [{ id: "broken", seed: "INSERT INTO nope VALUES (1);" }] });
    const r = await check([q]);
    expect(codes(r)).toEqual(["reference-fails questions[0]"]);
    expect(r.questions[0]!.problems[0]!.message).toMatch(/QuestionError: .*"broken"/);
    expect(r.questions[0]!.runs).toBe(1);
  });
});

describe("checkPack: answer kinds, quality rules, invalid packs", () => {
  it("reports a rubric item without signals", async () => {
    const r = await check([
      writtenQuestion("w", { rubric: [rubricItem("r1"), { ...rubricItem("r2"), signals: [] }] }),
    ]);
    expect(codes(r)).toEqual(["rubric questions[0].rubric[1].signals"]);
  });

  it("applies the quality rules only when asked", async () => {
    const questions = [
      pythonQuestion(),
      sqlQuestion("s", { variants: [] }),
      writtenQuestion(),
      designQuestion(),
    ];
    expect((await check(questions)).ok).toBe(true);
    const strict = await check(questions, true);
    expect(strict.quality).toBe(true);
    const byQuestion = strict.questions.map((q) =>
      q.problems.map((p) => p.path.replace(/^questions\[\d\]\./, "")),
    );
    expect(byQuestion).toEqual([
      ["hints", "explanation", "cases", "cases", "wrongAnswers"],
      ["hints", "explanation", "variants", "wrongAnswers"],
      ["hints", "explanation", "rubric"],
      ["hints", "explanation", "sections", "followUps", "followUps[0].modelAnswer"],
    ]);
    expect(strict.questions[3]!.problems.at(-1)!.message).toBe('follow-up "f1" has no model answer');
    expect(strict.questions[0]!.problems.map((p) => p.message)).toEqual([
      "1 hint(s), at least 2 wanted",
      "explanation is 8 characters, at least 200 wanted",
      "1 visible case(s), at least 3 wanted",
      "1 hidden case(s), at least 8 wanted",
      "1 wrong answer(s), at least 2 wanted",
    ]);
    const good = numericQuestion("n", { hints: ["One.", "Two."], explanation: "x".repeat(200) });
    expect((await check([good], true)).ok).toBe(true);
  });

  it("returns parse errors as pack problems and checks nothing", async () => {
    const r = await checkPack('{"schemaVersion": 1, "id": "Bad Id"', engines);
    expect(r.ok).toBe(false);
    expect(r.questions).toEqual([]);
    expect(r.problems[0]).toMatchObject({ code: "invalid-pack" });
    expect(r.problems[0]!.message).toMatch(/line 1/);
    expect(formatPackReport(r, "bad.json")[0]).toBe("✗ bad.json");
  });

  it("with an invalid question, still proves the valid ones and reports everything (import stays all-or-nothing)", async () => {
    const broken = pythonQuestion("broken-q", { difficulty: "impossible" });
    const wrongRef = pythonQuestion("wrong-ref", { referenceSolution: "def add(a, b):\n    return a * b\n" });
    const r = await checkPack(validPack([broken, pythonQuestion("fine-q"), wrongRef]), engines);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.path)).toEqual(["questions[0].difficulty"]);
    expect(r.questions.map((q) => [q.index, q.id, q.ok])).toEqual([
      [1, "fine-q", true],
      [2, "wrong-ref", false],
    ]);
    expect(r.stats).toMatchObject({ questions: 2, ok: 1, withProblems: 1 });
  });

  it("passes docs/example-pack.json (lenient)", async () => {
    const text = readFileSync(resolve(__dirname, "../../docs/example-pack.json"), "utf8");
    const r = await checkPack(text, engines);
    expect(problemLines(r)).toEqual([]);
    expect(r.stats.questions).toBe(7);
    expect(r.stats.runs).toBeGreaterThanOrEqual(6);
    const lines = formatPackReport(r, "example.json");
    expect(lines[0]).toBe("✓ example.json: Example pack (example-pack)");
    expect(lines.filter((l) => l.startsWith("  ✓ "))).toHaveLength(7);
    expect(formatSummary([r])).toMatch(/^✓ 1 pack, 7 questions; all ok \(\d+ runs, [\d.]+ s\)$/);
  });
});

describe("bankCoverage", () => {
  const pack = (questions: Record<string, unknown>[]): Pack => {
    const r = parsePack(validPack(questions));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.pack;
  };

  it("counts each part of the bank and lists missing lanes and difficulties per category", () => {
    const c = bankCoverage([
      pack([pythonQuestion("a", { lanes: ["applied", "infra"] }), sqlQuestion("b")]),
      pack([choiceQuestion("c", { difficulty: "hard", lanes: ["data-centric"] })]),
    ]);
    expect(c.counts).toEqual({
      "coding-python": 1,
      "coding-sql": 1,
      "ml-fundamentals": 1,
      "system-design": 0,
      debugging: 0,
    });
    expect(c.byCategory.coding).toMatchObject({
      questions: 2,
      byLane: { applied: 2, infra: 1, "data-centric": 0 },
    });
    expect(c.gaps).toContain("coding: no question in lane data-centric");
    expect(c.gaps).toContain("coding: no medium question");
    expect(c.gaps).toContain("ml-fundamentals: no easy question");
    expect(c.gaps).not.toContain("ml-fundamentals: no hard question");
    expect(c.gaps).toContain("debugging: no question in lane applied");
    expect(c.shortfalls).toContain("coding-python: 1 questions, target 50");
    expect(c.ok).toBe(false);
  });
});
