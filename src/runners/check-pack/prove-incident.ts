/**
 * Proving an incident on the real engines. Its fix step is proved like a coding question of the
 * same kind (the reference fix passes every test and dataset, each known-wrong fix runs and
 * fails), and three things more: the buggy `starterCode` runs and FAILS the tests (the planted
 * fault is real and the tests catch it), no wrong fix is the buggy starter itself, and each
 * numeric diagnosis step's `derive` recomputes its `answer` from the evidence.
 */
import { numericMatches } from "../../domain/grading/answer-grading";
import type { GradeResult } from "../../domain/grading/result";
import {
  fixModule,
  fixQuestion,
  fixStep,
  SCRATCH_MODULE,
  type IncidentQuestion,
  type NumericStep,
  type PythonQuestion,
  type SqlQuestion,
} from "../../domain/packs";
import type { PythonGradeRequest } from "../python/types";
import { pythonRequest, sqlRequest } from "../question-requests";
import { exploreSql, gradeSql } from "../sql/sql-core";
import { provePython, proveSql, squash, type ProofResult } from "./prove-code";
import type { CheckEngines, CheckProblem } from "./types";

const errorText = (r: GradeResult) => (r.error ? `${r.error.kind}: ${r.error.message}` : "unknown error");

async function gradeFix(coding: PythonQuestion | SqlQuestion, code: string, engines: CheckEngines) {
  return coding.kind === "python"
    ? engines.python.grade(pythonRequest(coding, code, "submit"))
    : gradeSql(engines.sql, sqlRequest(coding, code, "submit"));
}

/** The buggy starter must run and fail some test; it must not be the reference. */
async function proveStarter(
  coding: PythonQuestion | SqlQuestion,
  starter: string,
  reference: string,
  at: string,
  engines: CheckEngines,
): Promise<CheckProblem[]> {
  const path = `${at}.starterCode`;
  if (squash(starter) === squash(reference))
    return [
      {
        code: "starter-is-reference",
        path,
        message: "the buggy starter code is the reference fix",
        fix: "Make `starterCode` the broken code the candidate has to repair (with the planted fault).",
      },
    ];
  const r = await gradeFix(coding, starter, engines);
  const tests = coding.kind === "python" ? "tests" : "datasets";
  if (r.status === "pass")
    return [
      {
        code: "starter-passes",
        path,
        message: `the buggy starter code passes all ${r.cases.length} ${tests}: they do not catch the planted fault`,
        fix:
          coding.kind === "python"
            ? "Add a test the buggy code fails (e.g. a hidden case on data where the fault changes the result, or an assertion on the metric in `testCode`), or plant the fault so that the tests see it."
            : "Add a variant (or change `data.seed`) on which the buggy query returns a different result, or plant the fault so that the reference differs from it.",
      },
    ];
  if (r.status === "error")
    return [
      {
        code: "starter-errors",
        path,
        message: `the buggy starter code does not run (${errorText(r)})`,
        fix: "The starter must load and run, and fail a test because of the fault: fix the error (or, in Python, move code that should raise into the function a test calls).",
      },
    ];
  return [];
}

function wrongIsStarter(
  q: IncidentQuestion,
  wrongs: { id: string; code: string }[],
  starter: string,
  at: string,
): CheckProblem[] {
  return wrongs.flatMap((w, i) =>
    squash(w.code) === squash(starter)
      ? [
          {
            code: "wrong-answer-is-starter" as const,
            path: `${at}.wrongAnswers[${i}]`,
            message: `wrong fix "${w.id}" is the buggy starter code`,
            fix: `Replace it with a plausible but wrong attempt at fixing ${q.id} (a fix of the symptom, an off-by-one, the wrong column…).`,
          },
        ]
      : [],
  );
}

/** The value `derive` computes: the first cell of the SQL result, or Python's `answer()`. */
async function derived(
  q: IncidentQuestion,
  step: NumericStep,
  engines: CheckEngines,
): Promise<{ value: number } | { problem: string } | { mismatch: string }> {
  const derive = step.derive!;
  if (derive.sql !== undefined) {
    const r = exploreSql(engines.sql, q.data?.schema ?? "", q.data?.seed ?? "", derive.sql);
    if ("error" in r) return { problem: `${r.error.kind}: ${r.error.message}` };
    const cell = r.rows[0]?.[0];
    if (typeof cell !== "number")
      return {
        problem: `its first cell is ${cell === undefined ? "missing (no rows)" : JSON.stringify(cell)}, not a number`,
      };
    return { value: cell };
  }
  const fix = fixStep(q);
  const files = { ...(q.files ?? {}) };
  if (fix.kind === "python") files[`${fixModule(fix)}.py`] = fix.starterCode;
  const { abs, rel } = step.tolerance;
  const request: PythonGradeRequest = {
    code: derive.python!,
    module: SCRATCH_MODULE,
    files,
    entry: "answer",
    cases: [
      {
        id: "derive",
        args: [],
        expected: step.answer,
        compare: { kind: "approx", abs: abs ?? 0, rel: rel ?? (abs === undefined ? 1e-9 : 0) },
      },
    ],
    mode: "submit",
  };
  const r = await engines.python.grade(request);
  const c = r.cases[0];
  if (r.status === "error" || !c) return { problem: errorText(r) };
  if (c.status === "error") return { problem: c.message ?? "answer() raised an error" };
  if (c.status === "fail") return { mismatch: c.actual ?? "another value" };
  return { value: step.answer };
}

async function proveDerive(
  q: IncidentQuestion,
  step: NumericStep,
  at: string,
  engines: CheckEngines,
): Promise<CheckProblem[]> {
  if (!step.derive) return [];
  const lang = step.derive.sql !== undefined ? "sql" : "python";
  const r = await derived(q, step, engines);
  if ("problem" in r)
    return [
      {
        code: "derive-fails",
        path: `${at}.derive.${lang}`,
        message: `\`derive.${lang}\` does not give a number: ${r.problem}`,
        fix:
          lang === "sql"
            ? "Write a query over the incident's `data` whose first row's first cell is the answer."
            : "Define `answer()` returning the answer as a number; the incident's `files` can be imported.",
      },
    ];
  const got = "value" in r ? r.value : r.mismatch;
  if ("mismatch" in r || !numericMatches(step, r.value))
    return [
      {
        code: "derive-mismatch",
        path: `${at}.answer`,
        message: `the answer ${step.answer} is not what \`derive.${lang}\` computes from the evidence (${got})`,
        fix: "Recompute the answer from the data (and check it by hand), or fix the derivation; widen `tolerance` only for genuine rounding.",
      },
    ];
  return [];
}

/** Where an SQL fix's "QuestionError" lies: the incident's data, a variant, the reference or the check. */
function questionErrorPath(message: string, at: string, stepAt: string): string {
  const variant = /dataset "([^"]+)"/.exec(message)?.[1];
  if (message.includes("The question's schema or data"))
    return variant && variant !== "default" ? `${stepAt}.variants` : `${at}.data`;
  if (message.includes("The check query")) return `${stepAt}.check`;
  return `${stepAt}.reference`;
}

/** Prove incident `q` (at path `at`, e.g. `questions[3]`): see the file comment. */
export async function proveIncident(
  q: IncidentQuestion,
  at: string,
  engines: CheckEngines,
): Promise<ProofResult> {
  const index = q.steps.length - 1;
  const stepAt = `${at}.steps[${index}]`;
  const coding = fixQuestion(q);
  const proof =
    coding.kind === "python" ? await provePython(coding, stepAt, engines) : proveSql(coding, stepAt, engines);
  // proveSql reports a dataset or reference that does not load at the question itself (and then
  // judges nothing else); for an incident, name the field at fault.
  const broken = proof.problems.some((p) => p.path === stepAt);
  const problems = proof.problems.map((p) =>
    p.path === stepAt ? { ...p, path: questionErrorPath(p.message, at, stepAt) } : p,
  );
  let runs = proof.runs;
  if (!broken) {
    const reference = coding.kind === "python" ? coding.referenceSolution : coding.reference;
    problems.push(...(await proveStarter(coding, coding.starterCode ?? "", reference, stepAt, engines)));
    runs++;
  }
  const wrongs =
    coding.kind === "python"
      ? coding.wrongAnswers.map((w) => ({ id: w.id, code: w.code }))
      : coding.wrongAnswers.map((w) => ({ id: w.id, code: w.query }));
  problems.push(...wrongIsStarter(q, wrongs, coding.starterCode ?? "", stepAt));
  const dataBroken = problems.some((p) => p.path === `${at}.data`);
  for (const [i, step] of q.steps.entries()) {
    if (step.kind !== "numeric" || !step.derive || (dataBroken && step.derive.sql !== undefined)) continue;
    problems.push(...(await proveDerive(q, step, `${at}.steps[${i}]`, engines)));
    runs++;
  }
  return { problems, runs };
}
