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

/** A diagnosis step of an incident: which table is wrong (choice). */
export function choiceStep(id = "diagnose", extra: Obj = {}): Obj {
  return {
    id,
    kind: "choice",
    title: "Find the fault",
    prompt: "What broke?",
    points: 1,
    options: [
      { id: "units", text: "Amounts switched to cents", correct: true, explanation: "Yes." },
      { id: "nulls", text: "Amounts went missing", correct: false, explanation: "No." },
    ],
    ...extra,
  };
}

/** A numeric diagnosis step whose answer the incident's data recomputes. */
export function numericStep(id = "size", extra: Obj = {}): Obj {
  return {
    id,
    kind: "numeric",
    title: "Size it",
    prompt: "How many rows are in cents?",
    points: 1,
    answer: 2,
    tolerance: {},
    derive: { sql: "SELECT COUNT(*) FROM t WHERE x >= 100;" },
    ...extra,
  };
}

/** An SQL fix step: the starter sums raw amounts, the fix divides cents by 100. */
export function sqlFixStep(id = "fix", extra: Obj = {}): Obj {
  return {
    id,
    kind: "sql",
    title: "Fix the query",
    prompt: "Fix the total.",
    points: 2,
    starterCode: "SELECT SUM(x) AS total FROM t;",
    reference: "SELECT SUM(CASE WHEN x >= 100 THEN x / 100.0 ELSE x END) AS total FROM t;",
    variants: [{ id: "more", seed: "INSERT INTO t VALUES (3), (500);" }],
    wrongAnswers: [
      { id: "all-cents", query: "SELECT SUM(x) / 100.0 AS total FROM t;", mistake: "Divides all." },
    ],
    ...extra,
  };
}

/** A Python fix step over the incident's files. */
export function pythonFixStep(id = "fix", extra: Obj = {}): Obj {
  return {
    id,
    kind: "python",
    title: "Fix the pipeline",
    prompt: "Fix `total`.",
    points: 2,
    module: "pipeline",
    starterCode: "from events import ROWS\n\ndef total(rows=ROWS):\n    return sum(rows)\n",
    entry: "total",
    cases: [
      { id: "logged", description: "the logged rows", args: [], expected: 8.0 },
      { id: "other", description: "other rows", args: [[1, 300]], expected: 4.0, hidden: true },
    ],
    referenceSolution:
      "from events import ROWS\n\ndef total(rows=ROWS):\n    return sum(x / 100 if x >= 100 else x for x in rows)\n",
    wrongAnswers: [
      {
        id: "all-cents",
        code: "def total(rows=(1, 2, 500)):\n    return sum(rows) / 100\n",
        mistake: "Divides all.",
      },
    ],
    ...extra,
  };
}

/** An incident with SQL evidence, a choice and a numeric diagnosis, and an SQL fix. */
export function incidentQuestion(id = "incident-q", extra: Obj = {}): Obj {
  return baseQuestion(id, "incident", {
    category: "debugging",
    fault: "unit-or-timezone-change",
    prompt: "Alert: revenue is up 40x.",
    data: { schema: "CREATE TABLE t (x INTEGER);", seed: "INSERT INTO t VALUES (1), (2), (300), (500);" },
    steps: [choiceStep(), numericStep(), sqlFixStep()],
    modelAnswer: "Amounts of one source switched to cents.",
    ...extra,
  });
}

/** An incident with Python evidence (`files`) and a Python fix. */
export function pythonIncident(id = "py-incident", extra: Obj = {}): Obj {
  return incidentQuestion(id, {
    data: undefined,
    files: { "events.py": "ROWS = [1, 2, 500]\n" },
    steps: [choiceStep(), pythonFixStep()],
    ...extra,
  });
}
