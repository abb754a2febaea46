/**
 * Turn a pack question plus the candidate's answer into a runner request. Run = visible cases,
 * Submit = every case (hidden ones, variants and the generated check included).
 */
import type { PythonQuestion, SqlQuestion } from "../domain/packs";
import type { PythonGradeRequest } from "./python/types";
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
    packages: q.packages,
    packageBaseUrl,
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
