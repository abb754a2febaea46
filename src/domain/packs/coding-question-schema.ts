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

/** A known-wrong Python answer that the cases must reject. */
export const PythonWrongAnswer = z.looseObject({ id: Slug, code: Code.min(1), mistake: z.string().min(1) });

/**
 * A Python coding question: the candidate writes `entry` in `starterCode`; graded by structured
 * `cases`, `testCode` (unittest/pytest-style source) and/or a seeded `generated` check. The
 * `referenceSolution` must pass everything and every `wrongAnswers` entry must fail something.
 */
export const PythonQuestion = z
  .looseObject({
    ...questionBase,
    kind: z.literal("python"),
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
    packages: z.array(z.string().min(1)).optional(),
  })
  .superRefine((q, ctx) => {
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
    if ((hasCases || q.generated) && q.entry === undefined) {
      fail(
        ctx,
        ["entry"],
        "required when `cases` or `generated` are used",
        "Add `entry`: the name of the function the cases call.",
      );
    }
  })
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
 * An SQL question: `schema` (DDL) plus `seed` data form the visible dataset; each of `variants`
 * replaces the seed (hidden by default). The candidate's result set is compared with the
 * `reference` query's under `compare`; for write questions `check` is the query compared after.
 */
export const SqlQuestion = z
  .looseObject({
    ...questionBase,
    kind: z.literal("sql"),
    schema: Code.min(1).meta({ description: "DDL creating the tables." }),
    seed: Code.meta({ description: "Data SQL (INSERTs) of the visible dataset." }),
    variants: z.array(SqlVariant).optional(),
    reference: Code.min(1),
    check: Code.min(1)
      .optional()
      .meta({ description: "For write questions: query whose result is compared." }),
    wrongAnswers: z.array(SqlWrongAnswer),
    compare: SqlCompare.optional(),
    starterCode: Code.optional(),
    timeLimitMs: TimeLimitMs.optional(),
  })
  .superRefine((q, ctx) => {
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
  })
  .meta({ id: "SqlQuestion" });

export type PythonCase = z.infer<typeof PythonCase>;
export type GeneratedCases = z.infer<typeof GeneratedCases>;
export type PythonWrongAnswer = z.infer<typeof PythonWrongAnswer>;
export type PythonQuestion = z.infer<typeof PythonQuestion>;
export type SqlVariant = z.infer<typeof SqlVariant>;
export type SqlWrongAnswer = z.infer<typeof SqlWrongAnswer>;
export type SqlQuestion = z.infer<typeof SqlQuestion>;
