/**
 * Schemas of the two executable kinds, `python` and `sql`. Their field names (`args`, `kwargs`,
 * `expected`, `compare`, `stdin`, `hidden`, `testCode`, `generated`, `schema`, `seed`, `variants`,
 * `reference`, `check`) are consumed verbatim by the runners: renaming one needs a schema
 * migration. Reserved ids: python case `generated`, sql variant `default` (the runners use them).
 */
import { z } from "zod";
import { Code, Compare, JsonValue, Slug, SqlCompare, TimeLimitMs } from "./common-schema";
import { questionBase, ruleIssue as fail } from "./question-base";

/** A structured Python test case: call `entry(*args, **kwargs)` and compare with `expected`. */
export const PythonCase = z
  .looseObject({
    id: Slug,
    description: z.string().min(1).meta({ description: "What the case checks / which mistake it catches." }),
    args: z.array(JsonValue),
    kwargs: z.record(z.string(), JsonValue).optional(),
    expected: JsonValue,
    compare: Compare.optional(),
    stdin: z.string().optional(),
    hidden: z.boolean().optional(),
  })
  .meta({ id: "PythonCase" });

/**
 * A seeded random check (run on Submit): `generator` defines `gen(rng)`, which gets a
 * `random.Random(seed)` and returns `{"args": [...], "kwargs": {...}}`; the expected value of each
 * input comes from `referenceSolution`. Reported as one case with the reserved id `generated`.
 */
export const GeneratedCases = z.looseObject({
  seed: z.number().int(),
  count: z.number().int().min(1).max(1000),
  generator: Code.min(1),
  compare: Compare.optional(),
});

/** Name of the module the candidate's code is (file `<module>.py`), as a test file imports it. */
export const ModuleName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a Python module name (letters, digits, underscores)")
  .meta({
    description: "Module name of the candidate's code (its file is `<module>.py`); default `solution`.",
  });

/** Extra read-only files placed beside the candidate's module, by file name. */
export const ExtraFiles = z
  .record(
    z
      .string()
      .regex(
        /^[A-Za-z0-9_][A-Za-z0-9_.-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)*$/,
        "must be a relative file name such as `test_utils.py` or `data/rows.csv`",
      ),
    z.string(),
  )
  .meta({
    description:
      "Extra read-only files beside the candidate's module (name -> text): `.py` files are importable by name, others readable from the working directory.",
  });

/** A known-wrong Python answer that the cases must reject. */
export const PythonWrongAnswer = z.looseObject({ id: Slug, code: Code.min(1), mistake: z.string().min(1) });

/**
 * The answer fields of a Python coding answer, shared by the `python` question kind and an
 * incident's Python fix step: the candidate edits `starterCode` so that it defines `entry`;
 * graded by structured `cases`, `testCode` (unittest/pytest-style source) and/or a seeded
 * `generated` check. `referenceSolution` must pass everything and every `wrongAnswers` entry must
 * fail something.
 */
export const pythonAnswerFields = {
  starterCode: Code,
  entry: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
    .optional(),
  cases: z.array(PythonCase).optional(),
  testCode: Code.min(1).optional(),
  generated: GeneratedCases.optional(),
  referenceSolution: Code.min(1),
  wrongAnswers: z.array(PythonWrongAnswer),
  timeLimitMs: TimeLimitMs.optional(),
  testTimeLimitMs: TimeLimitMs.optional().meta({
    description:
      "Optional budget per case/test (ms): a test that exceeds it is stopped and marked timed out.",
  }),
  module: ModuleName.optional(),
  files: ExtraFiles.optional(),
  packages: z.array(z.string().min(1)).optional(),
};

/** Extra files must stay inside the run's folder (no `..` in a name). `path` leads to the files. */
export function refineExtraFiles(
  files: Record<string, string> | undefined,
  ctx: z.core.$RefinementCtx,
  path: PropertyKey[] = ["files"],
): void {
  for (const name of Object.keys(files ?? {})) {
    if (name.split("/").includes(".."))
      fail(
        ctx,
        [...path, name],
        "file names cannot go up a directory",
        "Use a name inside the run's folder.",
      );
  }
}

/** The cross-field rules of a Python answer (cases or testCode; `entry` with cases; reserved ids;
 * extra files inside the run's folder and not named like the candidate's module). */
export function refinePythonAnswer(
  q: {
    cases?: { id: string }[] | undefined;
    testCode?: string | undefined;
    generated?: unknown;
    entry?: string | undefined;
    module?: string | undefined;
    files?: Record<string, string> | undefined;
  },
  ctx: z.core.$RefinementCtx,
): void {
  const hasCases = (q.cases?.length ?? 0) > 0;
  if (!hasCases && q.testCode === undefined) {
    fail(
      ctx,
      ["cases"],
      "a python question needs `cases` or `testCode`",
      "Add structured `cases` (preferred) or a `testCode` string.",
    );
  }
  q.cases?.forEach((c, i) => {
    if (c.id === "generated") {
      fail(
        ctx,
        ["cases", i, "id"],
        "`generated` is reserved for the random check",
        "Give the case another id.",
      );
    }
  });
  const moduleFile = `${q.module ?? "solution"}.py`;
  for (const name of Object.keys(q.files ?? {})) {
    if (name === moduleFile)
      fail(
        ctx,
        ["files", name],
        `\`${name}\` is the candidate's own file`,
        "Rename the file, or set `module` to another name.",
      );
  }
  refineExtraFiles(q.files, ctx);
  if ((hasCases || q.generated) && q.entry === undefined) {
    fail(
      ctx,
      ["entry"],
      "required when `cases` or `generated` are used",
      "Add `entry`: the name of the function the cases call.",
    );
  }
}

/** A Python coding question (see `pythonAnswerFields`). */
export const PythonQuestion = z
  .looseObject({ ...questionBase, kind: z.literal("python"), ...pythonAnswerFields })
  .superRefine(refinePythonAnswer)
  .meta({ id: "PythonQuestion" });

/** An extra dataset (replacing `seed`) the answer must also be right on; hidden by default. */
export const SqlVariant = z.looseObject({
  id: Slug,
  description: z.string().optional(),
  seed: Code,
  hidden: z.boolean().optional(),
});

/** A known-wrong SQL answer that the datasets must reject. */
export const SqlWrongAnswer = z.looseObject({ id: Slug, query: Code.min(1), mistake: z.string().min(1) });

/**
 * The answer fields of an SQL answer, shared by the `sql` question kind and an incident's SQL fix
 * step (whose dataset is the incident's `data`): the candidate's result set is compared with the
 * `reference` query's under `compare`, on the visible dataset and on each of `variants` (which
 * replace the seed, hidden by default); for write questions `check` is the query compared after.
 */
export const sqlAnswerFields = {
  variants: z.array(SqlVariant).optional(),
  reference: Code.min(1),
  check: Code.min(1).optional().meta({ description: "For write questions: query whose result is compared." }),
  wrongAnswers: z.array(SqlWrongAnswer),
  compare: SqlCompare.optional(),
  starterCode: Code.optional(),
  timeLimitMs: TimeLimitMs.optional(),
};

/** The cross-field rules of an SQL answer (the variant id `default` is reserved). */
export function refineSqlAnswer(
  q: { variants?: { id: string }[] | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  q.variants?.forEach((v, i) => {
    if (v.id === "default") {
      fail(
        ctx,
        ["variants", i, "id"],
        "`default` is reserved for the visible dataset",
        "Give the variant another id.",
      );
    }
  });
}

/** An SQL question: `schema` (DDL) plus `seed` data form the visible dataset (see `sqlAnswerFields`). */
export const SqlQuestion = z
  .looseObject({
    ...questionBase,
    kind: z.literal("sql"),
    schema: Code.min(1).meta({ description: "DDL creating the tables." }),
    seed: Code.meta({ description: "Data SQL (INSERTs) of the visible dataset." }),
    ...sqlAnswerFields,
  })
  .superRefine(refineSqlAnswer)
  .meta({ id: "SqlQuestion" });

export type PythonCase = z.infer<typeof PythonCase>;
export type GeneratedCases = z.infer<typeof GeneratedCases>;
export type PythonWrongAnswer = z.infer<typeof PythonWrongAnswer>;
export type ExtraFiles = z.infer<typeof ExtraFiles>;
export type PythonQuestion = z.infer<typeof PythonQuestion>;
export type SqlVariant = z.infer<typeof SqlVariant>;
export type SqlWrongAnswer = z.infer<typeof SqlWrongAnswer>;
export type SqlQuestion = z.infer<typeof SqlQuestion>;
