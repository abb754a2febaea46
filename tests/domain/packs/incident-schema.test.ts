// The `incident` kind: valid incidents parse; every rule reports the exact path and a fix; the
// step kinds reuse the rules of the question kinds of the same name.
import { describe, expect, it } from "vitest";
import {
  diagnosisSteps,
  fixQuestion,
  fixStep,
  parsePack,
  type IncidentQuestion,
} from "../../../src/domain/packs";
import {
  choiceStep,
  errorLines,
  incidentQuestion,
  numericStep,
  pythonFixStep,
  pythonIncident,
  sqlFixStep,
  validPack,
} from "./pack-factories";

const errors = (q: Record<string, unknown>) => errorLines(parsePack(validPack([q])));
const fixes = (q: Record<string, unknown>) => {
  const r = parsePack(validPack([q]));
  if (r.ok) throw new Error("expected the pack to be rejected");
  return r.errors.map((e) => e.fix);
};

function parsed(q: Record<string, unknown>): IncidentQuestion {
  const r = parsePack(validPack([q]));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  expect(r.warnings).toEqual([]);
  const out = r.pack.questions[0]!;
  if (out.kind !== "incident") throw new Error("not an incident");
  return out;
}

describe("incident: valid incidents", () => {
  it("parses an SQL incident and a Python incident without warnings", () => {
    const sql = parsed(incidentQuestion());
    expect(sql.steps.map((s) => s.kind)).toEqual(["choice", "numeric", "sql"]);
    expect(diagnosisSteps(sql).map((s) => s.id)).toEqual(["diagnose", "size"]);
    expect(fixStep(sql).id).toBe("fix");
    const py = parsed(pythonIncident());
    expect(py.files).toEqual({ "events.py": "ROWS = [1, 2, 500]\n" });
    expect(fixStep(py)).toMatchObject({ kind: "python", module: "pipeline" });
  });

  it("turns the fix step into a coding question of its kind (data or files attached)", () => {
    const sql = fixQuestion(parsed(incidentQuestion()));
    expect(sql).toMatchObject({
      kind: "sql",
      id: "incident-q",
      prompt: "Fix the total.",
      schema: "CREATE TABLE t (x INTEGER);",
      seed: "INSERT INTO t VALUES (1), (2), (300), (500);",
      starterCode: "SELECT SUM(x) AS total FROM t;",
    });
    expect(sql).not.toHaveProperty("points");
    const py = fixQuestion(parsed(pythonIncident()));
    expect(py).toMatchObject({
      kind: "python",
      module: "pipeline",
      entry: "total",
      files: { "events.py": "ROWS = [1, 2, 500]\n" },
    });
    const defaultModule = fixQuestion(
      parsed(pythonIncident("p", { steps: [choiceStep(), pythonFixStep("fix", { module: undefined })] })),
    );
    expect(defaultModule).toMatchObject({ module: "solution" });
  });
});

describe("incident: the incident's own rules", () => {
  it("requires category debugging and a known fault (with a did-you-mean)", () => {
    expect(errors(incidentQuestion("a", { category: "coding", fault: "leakge" }))).toEqual([
      'questions[0].category: must be "debugging", got the text "coding"',
      'questions[0].fault: unknown fault "leakge"',
    ]);
    expect(fixes(incidentQuestion("a", { fault: "leakge" }))[0]).toMatch(
      /Use one of: accuracy-drop, .*Did you mean `leakage`\?/,
    );
  });

  it("lists the step kinds for an unknown one", () => {
    const q = incidentQuestion("a", { steps: [{ ...choiceStep(), kind: "written" }, sqlFixStep()] });
    expect(errors(q)).toEqual(['questions[0].steps[0].kind: unknown kind "written"']);
    expect(fixes(q)).toEqual(["Use one of: choice, numeric, python, sql."]);
  });

  it("needs exactly one fix step, last, after at least one diagnosis step", () => {
    expect(errors(incidentQuestion("a", { steps: [choiceStep(), numericStep()] }))).toEqual([
      "questions[0].steps: an incident needs a fix step (kind `python` or `sql`)",
    ]);
    expect(
      errors(incidentQuestion("a", { steps: [choiceStep(), sqlFixStep(), sqlFixStep("fix-2")] })),
    ).toEqual(["questions[0].steps[2]: an incident has exactly one fix step"]);
    expect(errors(incidentQuestion("a", { steps: [sqlFixStep(), choiceStep()] }))).toEqual([
      "questions[0].steps[0]: the fix step must be the last step",
    ]);
    expect(errors(incidentQuestion("a", { steps: [sqlFixStep(), sqlFixStep("again")] }))).toEqual([
      "questions[0].steps[1]: an incident has exactly one fix step",
      "questions[0].steps: an incident needs at least one diagnosis step (kind `choice` or `numeric`) before the fix",
    ]);
    expect(errors(incidentQuestion("a", { steps: [] }))).toEqual([
      "questions[0].steps: an incident needs a fix step (kind `python` or `sql`)",
      "questions[0].steps: an incident needs at least one diagnosis step (kind `choice` or `numeric`) before the fix",
    ]);
  });

  it("needs evidence, and data for an SQL fix or an SQL-derived number", () => {
    expect(errors(incidentQuestion("a", { data: undefined }))).toEqual([
      "questions[0].data: an incident needs evidence to investigate: `data`, `files` or both",
      "questions[0].steps[1].derive.sql: `derive.sql` runs on the incident's `data`, which is missing",
      "questions[0].steps[2]: an SQL fix runs on the incident's `data`, which is missing",
    ]);
  });

  it("checks file names: valid, importable, not reserved, not the module being fixed", () => {
    expect(errors(pythonIncident("a", { files: { "bad name.py": "" } }))).toEqual([
      'questions[0].files["bad name.py"]: the text "bad name.py" is not a valid file name',
    ]);
    expect(
      errors(pythonIncident("a", { files: { "data/../secrets.txt": "", "data/rows.csv": "a,b" } })),
    ).toEqual([
      'questions[0].files["data/../secrets.txt"]: the text "data/../secrets.txt" is not a valid file name',
    ]);
    expect(
      errors(pythonIncident("a", { files: { "feature-store.py": "", "scratch.py": "", "log.csv": "a,b" } })),
    ).toEqual([
      'questions[0].files["feature-store.py"]: `feature-store.py` cannot be imported: a module name is letters, digits and `_`',
      'questions[0].files["scratch.py"]: `scratch.py` is reserved for the candidate\'s scratch code',
    ]);
    const tests = pythonFixStep("fix", { testCode: "import pipeline\n", files: { "helper.py": "" } });
    expect(
      errors(pythonIncident("a", { files: { "test_pipeline.py": "" }, steps: [choiceStep(), tests] })),
    ).toEqual([
      "questions[0].steps[1].files: the fix step's files would be hidden from the evidence",
      'questions[0].files["test_pipeline.py"]: `test_pipeline.py` is the name the fix step\'s `testCode` runs under',
    ]);
    const q = pythonIncident("a", { files: { "pipeline.py": "def total(): ..." } });
    expect(errors(q)).toEqual([
      'questions[0].files["pipeline.py"]: `pipeline.py` is the module the candidate fixes: its buggy source is the fix step\'s `starterCode`',
    ]);
    expect(fixes(q)[0]).toMatch(/Remove it from `files`/);
  });
});

describe("incident: steps reuse the rules of their kinds", () => {
  it("a choice step needs a correct option, like a choice question", () => {
    const bad = choiceStep("diagnose", {
      options: [
        { id: "a", text: "A", correct: false, explanation: "." },
        { id: "b", text: "B", correct: false, explanation: "." },
      ],
    });
    expect(errors(incidentQuestion("a", { steps: [bad, sqlFixStep()] }))).toEqual([
      "questions[0].steps[0].options: no option is marked correct",
    ]);
  });

  it("a Python fix with cases needs `entry`, and `generated` is a reserved case id", () => {
    const step = pythonFixStep("fix", {
      entry: undefined,
      cases: [{ id: "generated", description: "d", args: [], expected: 1 }],
    });
    expect(errors(pythonIncident("a", { steps: [choiceStep(), step] }))).toEqual([
      "questions[0].steps[1].cases[0].id: `generated` is reserved for the random check",
      "questions[0].steps[1].entry: required when `cases` or `generated` are used",
    ]);
  });

  it("an SQL fix reserves the variant id `default` and needs its starter and reference", () => {
    const step = sqlFixStep("fix", { variants: [{ id: "default", seed: "" }], starterCode: "" });
    expect(errors(incidentQuestion("a", { steps: [choiceStep(), step] }))).toEqual([
      "questions[0].steps[1].starterCode: must not be empty",
      "questions[0].steps[1].variants[0].id: `default` is reserved for the visible dataset",
    ]);
    const noRef = sqlFixStep();
    delete noRef.reference;
    expect(errors(incidentQuestion("a", { steps: [choiceStep(), noRef] }))).toEqual([
      "questions[0].steps[1].reference: required",
    ]);
  });

  it("a step needs an id, a title, a prompt and positive points", () => {
    const step = choiceStep("diagnose", { points: 0 });
    delete step.title;
    expect(errors(incidentQuestion("a", { steps: [step, sqlFixStep()] }))).toEqual([
      "questions[0].steps[0].title: required",
      "questions[0].steps[0].points: must be greater than 0",
    ]);
  });

  it("a numeric step derives its answer by exactly one of sql and python", () => {
    const both = numericStep("size", { derive: { sql: "SELECT 1;", python: "def answer(): return 1" } });
    expect(errors(incidentQuestion("a", { steps: [choiceStep(), both, sqlFixStep()] }))).toEqual([
      "questions[0].steps[1].derive: give exactly one of `sql` and `python`",
    ]);
  });

  it("reports duplicate step ids, and duplicate ids within a step", () => {
    const dupOptions = choiceStep("diagnose", {
      options: [
        { id: "a", text: "A", correct: true, explanation: "." },
        { id: "a", text: "B", correct: false, explanation: "." },
      ],
    });
    expect(
      errors(incidentQuestion("a", { steps: [dupOptions, choiceStep("diagnose"), sqlFixStep()] })),
    ).toEqual([
      'questions[0].steps[1].id: duplicate step id "diagnose" (also at questions[0].steps[0].id)',
      'questions[0].steps[0].options[1].id: duplicate option id "a" (also at questions[0].steps[0].options[0].id)',
    ]);
  });
});

describe("incident: warnings", () => {
  it("warns about a fix without known-wrong fixes and about unknown step fields", () => {
    const r = parsePack(
      validPack([
        incidentQuestion("a", {
          steps: [choiceStep("diagnose", { point: 1 }), sqlFixStep("fix", { wrongAnswers: [] })],
        }),
      ]),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      "questions[0].steps[0].point: unknown field `point` (kept as is); did you mean `points`?",
      "questions[0].steps[1].wrongAnswers: incident `a` has no known-wrong fixes, so nothing proves its tests catch mistakes",
    ]);
  });
});
