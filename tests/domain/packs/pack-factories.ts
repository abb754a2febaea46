/** Small factories of valid pack data for the pack tests (plain JSON-shaped objects). */
type Obj = Record<string, unknown>;

export function baseQuestion(id: string, kind: string, extra: Obj = {}): Obj {
  return {
    id,
    kind,
    title: `Question ${id}`,
    prompt: "Do the thing.",
    category: "ml-fundamentals",
    topics: ["t"],
    difficulty: "easy",
    lanes: ["applied"],
    estimatedMinutes: 5,
    hints: ["Think."],
    explanation: "Because.",
    ...extra,
  };
}

export function pythonQuestion(id = "py-q", extra: Obj = {}): Obj {
  return baseQuestion(id, "python", {
    category: "coding",
    starterCode: "def add(a, b):\n    pass\n",
    entry: "add",
    cases: [
      { id: "small", description: "small numbers", args: [1, 2], expected: 3 },
      {
        id: "negative",
        description: "negatives",
        args: [-1, -2],
        expected: -3,
        hidden: true,
        compare: { kind: "exact" },
      },
    ],
    referenceSolution: "def add(a, b):\n    return a + b\n",
    wrongAnswers: [{ id: "subtracts", code: "def add(a, b):\n    return a - b\n", mistake: "Subtracts." }],
    ...extra,
  });
}

export function sqlQuestion(id = "sql-q", extra: Obj = {}): Obj {
  return baseQuestion(id, "sql", {
    category: "coding",
    schema: "CREATE TABLE t (x INTEGER);",
    seed: "INSERT INTO t VALUES (1), (2);",
    variants: [{ id: "empty", seed: "" }],
    reference: "SELECT SUM(x) FROM t;",
    wrongAnswers: [{ id: "count", query: "SELECT COUNT(x) FROM t;", mistake: "Counts." }],
    ...extra,
  });
}

export function choiceQuestion(id = "choice-q", extra: Obj = {}): Obj {
  return baseQuestion(id, "choice", {
    options: [
      { id: "a", text: "Right", correct: true, explanation: "Yes." },
      { id: "b", text: "Wrong", correct: false, explanation: "No." },
    ],
    ...extra,
  });
}

export function numericQuestion(id = "num-q", extra: Obj = {}): Obj {
  return baseQuestion(id, "numeric", { answer: 0.5, tolerance: { abs: 0.01 }, ...extra });
}

export function rubricItem(id: string): Obj {
  return { id, description: `Mentions ${id}.`, points: 1, signals: [id] };
}

export function writtenQuestion(id = "written-q", extra: Obj = {}): Obj {
  return baseQuestion(id, "written", {
    rubric: [rubricItem("r1"), rubricItem("r2")],
    modelAnswer: "Model.",
    ...extra,
  });
}

export function designQuestion(id = "design-q", extra: Obj = {}): Obj {
  return baseQuestion(id, "design", {
    category: "system-design",
    sections: [{ id: "s1", title: "Section", rubric: [rubricItem("d1")] }],
    followUps: [{ id: "f1", question: "Why?", rubric: [rubricItem("d2")] }],
    modelAnswer: "Model.",
    ...extra,
  });
}

/** A valid pack with one question of each kind (or the given questions). */
export function validPack(questions?: Obj[], extra: Obj = {}): Obj {
  return {
    schemaVersion: 1,
    id: "test-pack",
    title: "Test pack",
    description: "For tests.",
    version: "1.0.0",
    authors: ["Tester"],
    license: "MIT",
    tags: ["test"],
    questions: questions ?? [
      pythonQuestion(),
      sqlQuestion(),
      choiceQuestion(),
      numericQuestion(),
      writtenQuestion(),
      designQuestion(),
    ],
    ...extra,
  };
}

/** Errors of a parse that must fail, rendered as `path: message` for compact assertions. */
export function errorLines(result: { ok: boolean; errors?: { path: string; message: string }[] }): string[] {
  if (result.ok) throw new Error("expected the pack to be rejected");
  return result.errors!.map((e) => `${e.path}: ${e.message}`);
}
