/**
 * Turn a pack question plus the candidate's answer into a runner request. Run = visible cases,
 * Submit = every case (hidden ones, variants and the generated check included).
 */
import type { PythonQuestion, SqlQuestion } from "../domain/packs";
import type { PythonCase, PythonGradeRequest } from "./python/types";
import type { SqlGradeRequest } from "./sql/types";

export type RunMode = "run" | "submit";

export function pythonRequest(
  q: PythonQuestion,
  code: string,
  mode: RunMode,
  packageBaseUrl?: string,
): PythonGradeRequest {
  return {
    code,
    entry: q.entry,
    cases: q.cases?.map((c) => ({ ...c, args: c.args as unknown[] })),
    testCode: q.testCode,
    generated: q.generated ? { ...q.generated, reference: q.referenceSolution } : undefined,
    mode,
    timeLimitMs: q.timeLimitMs,
    testTimeLimitMs: q.testTimeLimitMs,
    module: q.module,
    files: q.files,
    packages: q.packages,
    packageBaseUrl,
  };
}

/** Id of the one case of a Run on custom input. */
export const CUSTOM_CASE_ID = "custom";

/**
 * A Run on custom input: the question's own request (so the module, files, packages and time
 * limit are the same as a Run's), with one case calling the entry with `args` and `kwargs` and no
 * `expected`: nothing is compared; the result's case reports what the call returned (`actual`),
 * printed (`output`), or raised (status `error`).
 */
export function pythonCustomRequest(
  q: PythonQuestion,
  code: string,
  args: unknown[],
  kwargs: Record<string, unknown>,
  packageBaseUrl?: string,
): PythonGradeRequest {
  const custom: PythonCase = { id: CUSTOM_CASE_ID, args, kwargs };
  return {
    ...pythonRequest(q, code, "run", packageBaseUrl),
    cases: [custom],
    testCode: undefined,
    generated: undefined,
  };
}

export function sqlRequest(q: SqlQuestion, query: string, mode: RunMode): SqlGradeRequest {
  return {
    query,
    schema: q.schema,
    seed: q.seed,
    reference: q.reference,
    check: q.check,
    variants: q.variants,
    compare: q.compare,
    mode,
    timeLimitMs: q.timeLimitMs,
  };
}
