/**
 * Proving the executable kinds on the real engines: a Python or SQL question is sound when its
 * reference passes every case/dataset in submit mode and each known-wrong answer is rejected by
 * something, while still running (a wrong answer is a plausible mistake, not a typo).
 */
import type { CaseResult, GradeResult } from "../../domain/grading/result";
import type { PythonQuestion, SqlQuestion } from "../../domain/packs";
import { pythonRequest, sqlRequest } from "../question-requests";
import { gradeSql } from "../sql/sql-core";
import type { CheckEngines, CheckProblem } from "./types";

/** Problems found by running a question, plus how many grading runs it took. */
export interface ProofResult {
  problems: CheckProblem[];
  runs: number;
}

const SYNTAX_ERRORS = new Set(["SyntaxError", "IndentationError", "TabError"]);
const SHOWN_CASES = 3;

function errorText(r: GradeResult): string {
  return r.error ? `${r.error.kind}: ${r.error.message}` : "unknown error";
}

function caseLine(c: CaseResult): string {
  const why = c.message ?? (c.expected !== undefined ? `expected ${c.expected}, got ${c.actual}` : c.status);
  return `"${c.id}" (${why})`;
}

/** Why a reference did not pass, in one line. */
function referenceFailure(r: GradeResult, what: string): string {
  if (r.status === "error") return `${what} errors: ${errorText(r)}`;
  const bad = r.cases.filter((c) => c.status !== "pass");
  const more = bad.length > SHOWN_CASES ? ` and ${bad.length - SHOWN_CASES} more` : "";
  return `${what} fails ${bad.length} of ${r.cases.length}: ${bad.slice(0, SHOWN_CASES).map(caseLine).join("; ")}${more}`;
}

/** Where a failing Python reference's problem lies: the test file, a case's expected value, the
 * generated check, or the reference itself — one problem per place. */
function referenceProblems(q: PythonQuestion, at: string, ref: GradeResult): CheckProblem[] {
  const problem = (path: string, message: string, fix: string): CheckProblem => ({
    code: "reference-fails",
    path,
    message,
    fix,
  });
  if (ref.status === "error") {
    const message = referenceFailure(ref, "the reference solution");
    if (/test file failed to load/.test(ref.error?.message ?? ""))
      return [
        problem(
          `${at}.testCode`,
          message,
          "Fix `testCode` so it loads: its imports must name the candidate's module (`module`, default `solution`) and files listed in `files`.",
        ),
      ];
    if (ref.error?.kind === "QuestionError")
      return [
        problem(
          at,
          message,
          "Fix the question's `module`, `files` or `generated` fields as the message says.",
        ),
      ];
    return [problem(`${at}.referenceSolution`, message, "Fix the reference solution so that it runs.")];
  }
  const bad = ref.cases.filter((c) => c.status !== "pass" && c.status !== "skipped");
  const caseIndex = new Map((q.cases ?? []).map((c, i) => [c.id, i]));
  const structured = bad.filter((c) => caseIndex.has(c.id));
  const generated = bad.filter((c) => c.id === "generated");
  const tests = bad.filter((c) => !caseIndex.has(c.id) && c.id !== "generated");
  const out: CheckProblem[] = [];
  if (structured.length) {
    const first = caseIndex.get(structured[0]!.id)!;
    out.push(
      problem(
        structured.length === 1 ? `${at}.cases[${first}].expected` : `${at}.referenceSolution`,
        `the reference solution fails ${structured.length} of ${caseIndex.size} cases: ${structured.slice(0, SHOWN_CASES).map(caseLine).join("; ")}`,
        "Fix the reference solution, or the case's `expected` value (recompute it with the reference and check it by hand).",
      ),
    );
  }
  if (generated.length)
    out.push(
      problem(
        `${at}.generated`,
        `the reference solution fails its own generated check: ${caseLine(generated[0]!)}`,
        "The reference must be deterministic on the generated inputs; fix the generator or the reference.",
      ),
    );
  if (tests.length)
    out.push(
      problem(
        `${at}.testCode`,
        `the reference solution fails ${tests.length} test${tests.length === 1 ? "" : "s"} of \`testCode\`: ${tests.slice(0, SHOWN_CASES).map(caseLine).join("; ")}`,
        "A test in `testCode` fails against the reference: fix the test or the reference solution.",
      ),
    );
  return out;
}

/** Python: reference passes everything on Submit; every wrong answer fails or errors at run time. */
export async function provePython(
  q: PythonQuestion,
  at: string,
  engines: CheckEngines,
): Promise<ProofResult> {
  const problems: CheckProblem[] = [];
  const ref = await engines.python.grade({
    ...pythonRequest(q, q.referenceSolution, "submit"),
    revealHidden: true,
  });
  if (ref.status !== "pass") problems.push(...referenceProblems(q, at, ref));
  for (const [i, wrong] of q.wrongAnswers.entries()) {
    const r = await engines.python.grade({ ...pythonRequest(q, wrong.code, "submit"), revealHidden: true });
    const path = `${at}.wrongAnswers[${i}]`;
    if (r.status === "pass") {
      problems.push({
        code: "wrong-answer-passes",
        path,
        message: `wrong answer "${wrong.id}" passed all ${r.cases.length} cases`,
        fix: "Add a case that this mistake gets wrong (and say so in its `description`), or replace the wrong answer with a mistake the cases catch.",
      });
    } else if (r.status === "error" && r.error && SYNTAX_ERRORS.has(r.error.kind)) {
      problems.push({
        code: "wrong-answer-syntax-error",
        path: `${path}.code`,
        message: `wrong answer "${wrong.id}" does not compile (${errorText(r)}${r.error.line ? `, line ${r.error.line}` : ""})`,
        fix: "A wrong answer must be a plausible mistake that runs: fix its syntax so that a case catches the mistake itself.",
      });
    }
  }
  return { problems, runs: 1 + q.wrongAnswers.length };
}

/** Code with whitespace runs collapsed, a trailing `;` dropped, lower-cased: equal texts compare equal. */
export const squash = (sql: string) => sql.replace(/\s+/g, " ").replace(/;\s*$/, "").trim().toLowerCase();

/** SQL: the reference graded against itself passes on every dataset (so schema, seed and
 * variants load and the reference runs); every wrong query runs and fails on some dataset. */
export function proveSql(q: SqlQuestion, at: string, engines: CheckEngines): ProofResult {
  const problems: CheckProblem[] = [];
  // The checker's user is the pack's author: hidden datasets are reported in full.
  const ref = gradeSql(engines.sql, sqlRequest(q, q.reference, "submit"), { revealHidden: true });
  if (ref.status !== "pass") {
    problems.push({
      code: "reference-fails",
      path: ref.error?.kind === "QuestionError" ? at : `${at}.reference`,
      message: referenceFailure(ref, "the reference query"),
      fix: "Make `schema`, `seed`, every variant's `seed` and the `reference` run on SQLite (sql.js), and give the reference a deterministic result (an ORDER BY with a tie-breaker when `orderMatters`).",
    });
    // Nothing can be judged against datasets that do not load.
    if (ref.error?.kind === "QuestionError") return { problems, runs: 1 };
  }
  for (const [i, wrong] of q.wrongAnswers.entries()) {
    const path = `${at}.wrongAnswers[${i}]`;
    if (squash(wrong.query) === squash(q.reference)) {
      problems.push({
        code: "wrong-answer-is-reference",
        path: `${path}.query`,
        message: `wrong answer "${wrong.id}" is the reference query`,
        fix: "Replace it with a typical mistake (a wrong join, a missing filter, ties broken wrongly…).",
      });
      continue;
    }
    const r = gradeSql(engines.sql, sqlRequest(q, wrong.query, "submit"), { revealHidden: true });
    if (r.status === "pass") {
      problems.push({
        code: "wrong-answer-passes",
        path,
        message: `wrong answer "${wrong.id}" passed all ${r.cases.length} datasets`,
        fix: "Add a variant whose data this mistake gets wrong (e.g. ties, NULLs, an empty group), or replace the wrong answer with a mistake the datasets catch.",
      });
    } else if (r.status === "error") {
      problems.push({
        code: "wrong-answer-errors",
        path: `${path}.query`,
        message: `wrong answer "${wrong.id}" does not run (${errorText(r)})`,
        fix: "A wrong answer must be a plausible mistake that runs and returns a wrong result: fix the query so SQLite accepts it.",
      });
    }
  }
  return { problems, runs: 1 + q.wrongAnswers.length };
}
