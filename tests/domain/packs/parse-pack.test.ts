import { describe, expect, it } from "vitest";
import { formatPackError, parsePack, type PackError } from "../../../src/domain/packs";
import {
  choiceQuestion,
  designQuestion,
  errorLines,
  pythonQuestion,
  sqlQuestion,
  validPack,
} from "./pack-factories";

function only(input: unknown): PackError {
  const r = parsePack(input);
  if (r.ok) throw new Error("expected failure");
  expect(r.errors).toHaveLength(1);
  return r.errors[0]!;
}

describe("parsePack: valid packs", () => {
  it("accepts a pack with one question of each kind, from text and from an object", () => {
    const fromObject = parsePack(validPack());
    const fromText = parsePack(JSON.stringify(validPack()));
    expect(fromObject.ok && fromText.ok).toBe(true);
    if (!fromObject.ok) return;
    expect(fromObject.pack.questions.map((q) => q.kind)).toEqual([
      "python",
      "sql",
      "choice",
      "numeric",
      "written",
      "design",
    ]);
    expect(fromObject.warnings).toEqual([]);
    expect(fromObject.migratedFrom).toBeUndefined();
  });

  it("keeps unknown fields and warns about them, with a did-you-mean", () => {
    const pack = validPack([choiceQuestion("q1", { hint: "typo", futureField: { a: 1 } })], {
      publisher: "ACME",
    });
    const r = parsePack(pack);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect((r.pack as Record<string, unknown>).publisher).toBe("ACME");
    expect((r.pack.questions[0] as Record<string, unknown>).futureField).toEqual({ a: 1 });
    expect(r.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      "questions[0].hint: unknown field `hint` (kept as is); did you mean `hints`?",
      "questions[0].futureField: unknown field `futureField` (kept as is)",
      "publisher: unknown field `publisher` (kept as is)",
    ]);
  });

  it("warns about a question without hints but still accepts it; hints default to []", () => {
    const q = choiceQuestion("q1");
    delete q.hints;
    const r = parsePack(validPack([q]));
    if (!r.ok) throw new Error("should parse");
    expect(r.pack.questions[0]!.hints).toEqual([]);
    expect(r.warnings).toEqual([
      { code: "no-hints", path: "questions[0].hints", message: "question `q1` has no hints" },
    ]);
  });

  it("warns when a coding question has no wrong answers or only hidden cases", () => {
    const py = pythonQuestion("p", {
      wrongAnswers: [],
      cases: [{ id: "c", description: "d", args: [], expected: 1, hidden: true }],
    });
    const r = parsePack(validPack([py]));
    if (!r.ok) throw new Error("should parse");
    expect(r.warnings.map((w) => w.code)).toEqual(["no-wrong-answers", "no-visible-cases"]);
  });

  it("warns about LaTeX written with a single backslash (\\frac parses as form feed + rac)", () => {
    const text = JSON.stringify(validPack([choiceQuestion("a")])).replace(
      '"prompt":"Do the thing."',
      '"prompt":"$\\frac{1}{2}$ and $\\\\frac{1}{2}$"',
    );
    const r = parsePack(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.pack.questions[0]!.prompt).toBe("$\frac{1}{2}$ and $\\frac{1}{2}$");
    expect(r.warnings.map((w) => `${w.code} ${w.path}`)).toEqual(["suspicious-escape questions[0].prompt"]);
  });

  it("accepts python questions with testCode only (no entry needed) and null expected values", () => {
    const q = pythonQuestion("p", {
      cases: undefined,
      entry: undefined,
      testCode: "def test_it():\n    assert add(1, 2) == 3\n",
    });
    expect(parsePack(validPack([q])).ok).toBe(true);
    const none = pythonQuestion("n", {
      cases: [{ id: "none", description: "returns None", args: [], expected: null }],
    });
    expect(parsePack(validPack([none])).ok).toBe(true);
  });
  it("accepts an SQL question's relative tolerance beside the absolute one, and refuses one of 1 or more", () => {
    const compare = { tolerance: 0, relativeTolerance: 1e-9, orderMatters: true };
    const r = parsePack(validPack([sqlQuestion("s", { compare })]));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.warnings).toEqual([]);
    expect(r.pack.questions[0]).toMatchObject({ compare });
    const err = only(validPack([sqlQuestion("s", { compare: { relativeTolerance: 1 } })]));
    expect(err.path).toBe("questions[0].compare.relativeTolerance");
  });
});

describe("parsePack: path-precise errors", () => {
  it("missing required field names the exact path and the fix", () => {
    const py = pythonQuestion("p");
    delete (py.cases as Record<string, unknown>[])[1]!.expected;
    const pack = validPack([choiceQuestion("a"), choiceQuestion("b"), choiceQuestion("c"), py]);
    const err = only(pack);
    expect(err).toMatchObject({
      code: "required",
      path: "questions[3].cases[1].expected",
      message: "required",
      fix: "Add an `expected` value.",
    });
    expect(formatPackError(err)).toBe("questions[3].cases[1].expected: required. Add an `expected` value.");
  });

  it("wrong types say what was expected and what was found", () => {
    const err = only(validPack([choiceQuestion("a", { estimatedMinutes: "ten" })]));
    expect(err).toMatchObject({
      code: "wrong-type",
      path: "questions[0].estimatedMinutes",
      message: 'expected a number, got the text "ten"',
      fix: "Change it to a number.",
    });
    expect(errorLines(parsePack(validPack([choiceQuestion("a", { lanes: "applied" })])))).toEqual([
      'questions[0].lanes: expected a list, got the text "applied"',
    ]);
  });

  it("unknown kind lists the allowed kinds and suggests the nearest", () => {
    const err = only(validPack([choiceQuestion("a"), pythonQuestion("p", { kind: "pyhton" })]));
    expect(err.code).toBe("unknown-kind");
    expect(err.path).toBe("questions[1].kind");
    expect(err.message).toBe('unknown kind "pyhton"');
    expect(err.fix).toBe(
      "Use one of: python, sql, choice, numeric, written, design, incident. Did you mean `python`?",
    );
    expect(only(validPack([{ id: "x" }])).path).toBe("questions[0].kind");
    expect(only(validPack([{ id: "x" }])).code).toBe("required");
  });

  it("unknown category, difficulty and lane list the allowed values", () => {
    const lines = errorLines(
      parsePack(
        validPack([
          choiceQuestion("a", { category: "ml", difficulty: "expert", lanes: ["applied", "research"] }),
        ]),
      ),
    );
    expect(lines).toEqual([
      'questions[0].category: unknown category "ml"',
      'questions[0].difficulty: unknown difficulty "expert"',
      'questions[0].lanes[1]: unknown lane "research"',
    ]);
    const r = parsePack(validPack([choiceQuestion("a", { difficulty: "meduim" })]));
    expect(!r.ok && r.errors[0]!.fix).toBe("Use one of: easy, medium, hard. Did you mean `medium`?");
  });

  it("checks ids, semver and references", () => {
    expect(errorLines(parsePack(validPack([choiceQuestion("Bad Id")], { version: "1.0" })))).toEqual([
      'version: the text "1.0" is not a semantic version',
      'questions[0].id: the text "Bad Id" is not a valid id',
    ]);
    const refs = [
      { title: "ok", url: "https://example.org/x" },
      { title: "bad", url: "javascript:alert(1)" },
      { title: "ftp", url: "ftp://example.org" },
    ];
    expect(errorLines(parsePack(validPack([choiceQuestion("a", { references: refs })])))).toEqual([
      'questions[0].references[1].url: the text "javascript:alert(1)" is not an http(s) URL',
      'questions[0].references[2].url: the text "ftp://example.org" is not an http(s) URL',
    ]);
  });

  it("choice questions need exactly one correct option unless multiple", () => {
    const none = choiceQuestion("a", {
      options: [
        { id: "x", text: "X", correct: false, explanation: "." },
        { id: "y", text: "Y", correct: false, explanation: "." },
      ],
    });
    expect(only(validPack([none]))).toMatchObject({
      code: "rule",
      path: "questions[0].options",
      message: "no option is marked correct",
    });
    const two = [
      { id: "x", text: "X", correct: true, explanation: "." },
      { id: "y", text: "Y", correct: true, explanation: "." },
    ];
    expect(only(validPack([choiceQuestion("a", { options: two })])).message).toBe(
      "2 options are marked correct but `multiple` is not set",
    );
    expect(parsePack(validPack([choiceQuestion("a", { options: two, multiple: true })])).ok).toBe(true);
  });

  it("python questions need cases or testCode, and entry with structured cases", () => {
    expect(only(validPack([pythonQuestion("p", { cases: undefined })]))).toMatchObject({
      path: "questions[0].cases",
      message: "a python question needs `cases` or `testCode`",
    });
    expect(only(validPack([pythonQuestion("p", { entry: undefined })]))).toMatchObject({
      path: "questions[0].entry",
      message: "required when `cases` or `generated` are used",
    });
    expect(
      only(
        validPack([
          pythonQuestion("p", {
            cases: [{ id: "c", description: "d", args: [], expected: 1, compare: { kind: "fuzzy" } }],
          }),
        ]),
      ),
    ).toMatchObject({
      code: "unknown-kind",
      path: "questions[0].cases[0].compare.kind",
      fix: "Use one of: exact, approx, unordered, set.",
    });
  });

  it("python case ids may not use the reserved id `generated`; a generated check needs entry", () => {
    const cases = [{ id: "generated", description: "d", args: [], expected: 1 }];
    expect(only(validPack([pythonQuestion("p", { cases })]))).toMatchObject({
      path: "questions[0].cases[0].id",
      code: "rule",
    });
    const generated = { seed: 1, count: 10, generator: "def gen(rng):\n    return {'args': [1, 2]}\n" };
    expect(parsePack(validPack([pythonQuestion("p", { generated })])).ok).toBe(true);
    expect(
      only(
        validPack([
          pythonQuestion("p", { generated, cases: undefined, entry: undefined, testCode: "assert True" }),
        ]),
      ).path,
    ).toBe("questions[0].entry");
    expect(only(validPack([pythonQuestion("p", { generated: { ...generated, count: 0 } })]))).toMatchObject({
      path: "questions[0].generated.count",
      message: "must be at least 1",
    });
  });

  it("sql variants may not use the reserved id `default`", () => {
    expect(only(validPack([sqlQuestion("s", { variants: [{ id: "default", seed: "" }] })]))).toMatchObject({
      path: "questions[0].variants[0].id",
      code: "rule",
    });
  });

  it("empty lists and strings get a clear message", () => {
    expect(errorLines(parsePack(validPack([designQuestion("d", { sections: [], title: "" })])))).toEqual([
      "questions[0].title: must not be empty",
      "questions[0].sections: needs at least 1 item",
    ]);
  });

  it("an invalid pack yields no pack at all, and a non-object is rejected", () => {
    const r = parsePack(validPack([choiceQuestion("a", { difficulty: 3 })]));
    expect(r.ok).toBe(false);
    expect("pack" in r).toBe(false);
    expect(only("[1, 2]")).toMatchObject({ code: "not-an-object", path: "" });
    expect(only(null).code).toBe("not-an-object");
  });

  it("reports several independent errors in one go", () => {
    const pack = validPack([
      choiceQuestion("a", { difficulty: "x" }),
      choiceQuestion("a", { category: "y" }),
    ]);
    expect(errorLines(parsePack(pack))).toEqual([
      'questions[0].difficulty: unknown difficulty "x"',
      'questions[1].category: unknown category "y"',
      'questions[1].id: duplicate question id "a" (also at questions[0].id)',
    ]);
  });
});

describe("parsePack: schemaVersion", () => {
  it("refuses a pack from a newer app with the update message", () => {
    const err = only(validPack(undefined, { schemaVersion: 2 }));
    expect(err.code).toBe("newer-schema");
    expect(formatPackError(err)).toBe(
      "schemaVersion: This pack was made by a newer version of MLE Dojo (schema 2); this app reads up to 1. Update the app.",
    );
  });

  it("requires a non-negative integer schemaVersion", () => {
    const pack = validPack();
    delete pack.schemaVersion;
    expect(only(pack)).toMatchObject({
      code: "required",
      path: "schemaVersion",
      fix: 'Add `"schemaVersion": 1`.',
    });
    expect(only(validPack(undefined, { schemaVersion: "1" })).code).toBe("wrong-type");
    expect(only(validPack(undefined, { schemaVersion: 1.5 })).code).toBe("wrong-type");
  });
});
