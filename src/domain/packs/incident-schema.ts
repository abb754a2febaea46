/**
 * Schema of the `incident` kind: an interactive debugging incident. The candidate gets a broken
 * artefact to investigate (SQL tables in `data`, Python modules in `files`) with one planted
 * `fault`, answers diagnosis steps (choice or numeric) and then submits one fix (Python or SQL)
 * that hidden tests grade. Each step reuses the answer fields of the question kind of the same
 * name (`choiceAnswerFields`, `numericAnswerFields`, `pythonAnswerFields`, `sqlAnswerFields`) and
 * its cross-field rules, so an incident step is written exactly like that kind of question.
 */
import { z } from "zod";
import { Code, Markdown, Slug, Title } from "./common-schema";
import { questionBase, ruleIssue as fail } from "./question-base";
import {
  ExtraFiles,
  pythonAnswerFields,
  refineExtraFiles,
  refinePythonAnswer,
  refineSqlAnswer,
  sqlAnswerFields,
  type PythonQuestion,
  type SqlQuestion,
} from "./coding-question-schema";
import { choiceAnswerFields, numericAnswerFields, refineChoiceAnswer } from "./answer-fields";
import { FAULTS } from "./vocabulary";

export { FAULTS, INCIDENT_STEP_KINDS } from "./vocabulary";

/** The module name the scratch Python console runs the candidate's code as (so no file may use it). */
export const SCRATCH_MODULE = "scratch";

const PY_MODULE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What every step has: a stable id, a short title, the question it asks and its points. */
const stepBase = {
  id: Slug,
  title: Title.meta({ description: "Short label of the step, e.g. `Find the fault` or `Fix the join`." }),
  prompt: Markdown.min(1),
  points: z
    .number()
    .positive()
    .max(100)
    .meta({ description: "Weight of this step in the incident's score." }),
};

/** How a numeric diagnosis answer is recomputed from the evidence (proved by check-pack). */
export const Derive = z
  .looseObject({
    sql: Code.min(1)
      .optional()
      .meta({ description: "A query over the incident's `data` whose first cell is the answer." }),
    python: Code.min(1).optional().meta({
      description:
        "Python defining `answer()`, which returns the answer; the incident's `files` (and the fix step's module, as the buggy starter) are importable.",
    }),
  })
  .superRefine((d, ctx) => {
    if ((d.sql === undefined) === (d.python === undefined)) {
      fail(
        ctx,
        [],
        "give exactly one of `sql` and `python`",
        "Write `sql` (a query whose first cell is the answer) or `python` (code defining `answer()`).",
      );
    }
  })
  .meta({ id: "Derive" });

/** A diagnosis step answered by choosing options (same fields and rules as a `choice` question). */
export const ChoiceStep = z
  .looseObject({ ...stepBase, kind: z.literal("choice"), ...choiceAnswerFields })
  .superRefine(refineChoiceAnswer)
  .meta({ id: "IncidentChoiceStep" });

/** A diagnosis step answered by a number (same fields as a `numeric` question), with `derive`. */
export const NumericStep = z
  .looseObject({ ...stepBase, kind: z.literal("numeric"), ...numericAnswerFields, derive: Derive.optional() })
  .meta({ id: "IncidentNumericStep" });

/**
 * The Python fix (same fields and rules as a `python` question): `starterCode` is the buggy
 * module the candidate repairs, compiled as `<module>.py` (default `solution.py`) beside the
 * incident's `files`, which its tests import by that name. Its own `files` are not used: an
 * incident's files are in one place, the incident's `files`.
 */
export const PythonFixStep = z
  .looseObject({
    ...stepBase,
    kind: z.literal("python"),
    ...pythonAnswerFields,
    starterCode: Code.min(1).meta({ description: "The buggy code the candidate starts from and fixes." }),
  })
  .superRefine(refinePythonAnswer)
  .meta({ id: "IncidentPythonFixStep" });

/** The SQL fix (same fields and rules as an `sql` question); its visible dataset is the incident's `data`. */
export const SqlFixStep = z
  .looseObject({
    ...stepBase,
    kind: z.literal("sql"),
    ...sqlAnswerFields,
    starterCode: Code.min(1).meta({ description: "The buggy query the candidate starts from and fixes." }),
  })
  .superRefine(refineSqlAnswer)
  .meta({ id: "IncidentSqlFixStep" });

/** One step of an incident; `kind` selects the shape. */
export const IncidentStep = z.discriminatedUnion("kind", [
  ChoiceStep,
  NumericStep,
  PythonFixStep,
  SqlFixStep,
]);

/** SQL tables the candidate can query: DDL plus the data of the visible dataset. */
export const IncidentData = z
  .looseObject({
    schema: Code.min(1).meta({ description: "DDL creating the tables." }),
    seed: Code.meta({ description: "Data SQL (INSERTs) the candidate investigates." }),
  })
  .meta({ id: "IncidentData" });

export type ChoiceStep = z.infer<typeof ChoiceStep>;
export type NumericStep = z.infer<typeof NumericStep>;
export type PythonFixStep = z.infer<typeof PythonFixStep>;
export type SqlFixStep = z.infer<typeof SqlFixStep>;
export type IncidentStep = z.infer<typeof IncidentStep>;
export type DiagnosisStep = ChoiceStep | NumericStep;
export type FixStep = PythonFixStep | SqlFixStep;

const isFix = (s: { kind: string }) => s.kind === "python" || s.kind === "sql";

/** The module a Python fix is compiled as. */
export function fixModule(step: Pick<PythonFixStep, "module">): string {
  return step.module ?? "solution";
}

interface IncidentShape {
  data?: unknown;
  files?: Record<string, string> | undefined;
  steps: IncidentStep[];
}

function refineFiles(q: IncidentShape, ctx: z.core.$RefinementCtx): void {
  refineExtraFiles(q.files, ctx);
  for (const name of Object.keys(q.files ?? {})) {
    if (!name.endsWith(".py") || name.includes("/")) continue;
    const stem = name.slice(0, -3);
    if (!PY_MODULE.test(stem)) {
      fail(
        ctx,
        ["files", name],
        `\`${name}\` cannot be imported: a module name is letters, digits and \`_\``,
        "Rename the file, e.g. `feature_store.py` instead of `feature-store.py`.",
      );
    } else if (stem === SCRATCH_MODULE) {
      fail(
        ctx,
        ["files", name],
        `\`${name}\` is reserved for the candidate's scratch code`,
        "Give the file another name.",
      );
    }
  }
}

function refineSteps(q: IncidentShape, ctx: z.core.$RefinementCtx): void {
  const fixes = q.steps.map((s, i) => ({ s, i })).filter(({ s }) => isFix(s));
  if (fixes.length === 0) {
    fail(
      ctx,
      ["steps"],
      "an incident needs a fix step (kind `python` or `sql`)",
      "Add a last step with `kind` `python` or `sql` whose `starterCode` is the buggy code.",
    );
  }
  for (const { i } of fixes.slice(1)) {
    fail(
      ctx,
      ["steps", i],
      "an incident has exactly one fix step",
      "Keep one `python` or `sql` step; turn a second fault into its own incident.",
    );
  }
  const fix = fixes.length === 1 ? fixes[0] : undefined;
  if (fix && fix.i !== q.steps.length - 1) {
    fail(
      ctx,
      ["steps", fix.i],
      "the fix step must be the last step",
      "Move it after the diagnosis steps: the candidate diagnoses first, then fixes.",
    );
  }
  if (!q.steps.some((s) => !isFix(s))) {
    fail(
      ctx,
      ["steps"],
      "an incident needs at least one diagnosis step (kind `choice` or `numeric`) before the fix",
      "Add a step asking what the fault is (choice) or how large it is (numeric).",
    );
  }
  q.steps.forEach((s, i) => {
    if (s.kind === "sql" && q.data === undefined) {
      fail(
        ctx,
        ["steps", i],
        "an SQL fix runs on the incident's `data`, which is missing",
        "Add `data` with the `schema` and `seed` the query runs on.",
      );
    }
    if (s.kind === "numeric" && s.derive?.sql !== undefined && q.data === undefined) {
      fail(
        ctx,
        ["steps", i, "derive", "sql"],
        "`derive.sql` runs on the incident's `data`, which is missing",
        "Add `data`, or derive the answer with `python`.",
      );
    }
    if (s.kind === "python" && s.files !== undefined) {
      fail(
        ctx,
        ["steps", i, "files"],
        "the fix step's files would be hidden from the evidence",
        "Move them to the incident's `files`: the candidate, the scratch console and the tests all see those.",
      );
    }
    if (
      s.kind === "python" &&
      s.testCode !== undefined &&
      q.files?.[`test_${fixModule(s)}.py`] !== undefined
    ) {
      fail(
        ctx,
        ["files", `test_${fixModule(s)}.py`],
        `\`test_${fixModule(s)}.py\` is the name the fix step's \`testCode\` runs under`,
        "Rename the file.",
      );
    }
    if (s.kind === "python" && q.files?.[`${fixModule(s)}.py`] !== undefined) {
      fail(
        ctx,
        ["files", `${fixModule(s)}.py`],
        `\`${fixModule(s)}.py\` is the module the candidate fixes: its buggy source is the fix step's \`starterCode\``,
        `Remove it from \`files\` (the app shows the fix step's \`starterCode\` as \`${fixModule(s)}.py\`).`,
      );
    }
  });
}

/**
 * An interactive debugging incident (category `debugging`): the alert in `prompt`, the evidence in
 * `data` (SQL tables) and/or `files` (Python modules and data files), the planted `fault`, what the
 * scratch consoles start with (`scratch`), and `steps`: one or more diagnosis steps (`choice`, `numeric`) followed by exactly one fix step
 * (`python` or `sql`, its `starterCode` the buggy code). `modelAnswer` is the write-up shown after.
 */
export const IncidentQuestion = z
  .looseObject({
    ...questionBase,
    kind: z.literal("incident"),
    category: z.literal("debugging").meta({ description: "Incidents are debugging questions." }),
    fault: z.enum(FAULTS).meta({ description: "The kind of fault planted in the incident." }),
    data: IncidentData.optional(),
    files: ExtraFiles.optional(),
    scratch: z.looseObject({ sql: Code.optional(), python: Code.optional() }).optional().meta({
      description:
        "What the scratch consoles start with: a query over `data` (`sql`) and Python that imports the `files` (`python`), e.g. one that shows the symptom.",
    }),
    steps: z.array(IncidentStep).meta({
      description:
        "Diagnosis steps (`choice`, `numeric`), then exactly one fix step (`python` or `sql`), last.",
    }),
    modelAnswer: Markdown.min(1).optional().meta({
      description: "The write-up of the incident (what happened, how it was found, the fix, prevention).",
    }),
  })
  .superRefine((q, ctx) => {
    if (q.data === undefined && q.files === undefined) {
      fail(
        ctx,
        ["data"],
        "an incident needs evidence to investigate: `data`, `files` or both",
        "Add `data` (SQL tables) and/or `files` (Python modules the candidate can import and run).",
      );
    }
    refineFiles(q, ctx);
    refineSteps(q, ctx);
  })
  .meta({ id: "IncidentQuestion" });

export type IncidentQuestion = z.infer<typeof IncidentQuestion>;
/** The kind of fault an incident plants (see FAULTS). */
export type Fault = (typeof FAULTS)[number];
export type IncidentData = z.infer<typeof IncidentData>;
export type Derive = z.infer<typeof Derive>;

/** The diagnosis steps of an incident, in order. */
export function diagnosisSteps(q: Pick<IncidentQuestion, "steps">): DiagnosisStep[] {
  return q.steps.filter((s): s is DiagnosisStep => !isFix(s));
}

/** The fix step of a valid incident (the last step). */
export function fixStep(q: Pick<IncidentQuestion, "steps">): FixStep {
  const s = q.steps.find((x): x is FixStep => isFix(x));
  if (!s) throw new RangeError("an incident without a fix step");
  return s;
}

/**
 * The fix step of `q` as a coding question of its own kind, so that everything that runs a
 * coding question (the runners' requests, Run / Submit, the result view, check-pack's proofs)
 * runs the fix unchanged: a Python fix carries the incident's `files` and its `module`; an SQL
 * fix runs on the incident's `data`. Title and metadata are the incident's; the prompt is the step's.
 */
export function fixQuestion(q: IncidentQuestion): PythonQuestion | SqlQuestion {
  const { id: _id, title: _title, prompt, points: _points, ...step } = fixStep(q);
  const base = {
    id: q.id,
    title: q.title,
    prompt,
    category: q.category,
    topics: q.topics,
    difficulty: q.difficulty,
    lanes: q.lanes,
    estimatedMinutes: q.estimatedMinutes,
    hints: [],
    explanation: q.explanation,
  };
  if (step.kind === "sql")
    return { ...base, ...step, schema: q.data?.schema ?? "", seed: q.data?.seed ?? "" };
  return { ...base, ...step, module: fixModule(step), ...(q.files ? { files: q.files } : {}) };
}
