/**
 * React hooks over the code engines, shared by every screen that runs answers (practice, mock):
 * a SQL question's schema for the schema browser, and Run / Submit with streamed output.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ErrorInfo, GradeResult } from "../domain/grading/result";
import type { PythonQuestion, SqlQuestion } from "../domain/packs";
import { pythonRequest, sqlRequest, type RunMode } from "../runners/question-requests";
import type { SchemaInfoResult } from "../runners/sql/types";
import { getPythonRunner, getSqlRunner } from "./engines";
import { useAppStore } from "./index";

/** The tables and sample rows of a SQL question's visible dataset (null while loading). */
export function useSchemaInfo(question: SqlQuestion): SchemaInfoResult | null {
  const [info, setInfo] = useState<SchemaInfoResult | null>(null);
  useEffect(() => {
    let live = true;
    void getSqlRunner()
      .then((r) => r.schemaInfo(question.schema, question.seed))
      .then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, [question.schema, question.seed]);
  return info;
}

/** Grade `code` for `question` on the right engine (`run`: visible cases; `submit`: all). */
export async function gradeCode(
  question: PythonQuestion | SqlQuestion,
  code: string,
  mode: RunMode,
  onOutput?: (chunk: string) => void,
): Promise<GradeResult> {
  if (question.kind === "python") {
    const base = useAppStore.getState().packageBaseUrl;
    return getPythonRunner().grade(pythonRequest(question, code, mode, base || undefined), {
      ...(onOutput ? { onOutput } : {}),
    });
  }
  return (await getSqlRunner()).grade(sqlRequest(question, code, mode));
}

/** The user's error lines in a result: the run's own error and each case that raised. */
export function errorMarkers(result: GradeResult | null): { line: number; message: string }[] {
  if (!result) return [];
  return [result.error, ...result.cases.map((c) => (c.details as { error?: ErrorInfo } | undefined)?.error)]
    .filter((e): e is ErrorInfo => e?.line !== undefined)
    .filter((e, i, all) => all.findIndex((x) => x.line === e.line) === i)
    .map((e) => ({ line: e.line!, message: `${e.kind}: ${e.message}` }));
}

/**
 * Run or submit code for one question: `busy` says which is in flight (one at a time), `output`
 * streams Python's stdout (capped at 50 000 characters), `result` is the last grade.
 */
export function useCodeRun(question: PythonQuestion | SqlQuestion) {
  const [busy, setBusy] = useState<RunMode | null>(null);
  const [output, setOutput] = useState("");
  const [result, setResult] = useState<{ mode: RunMode; result: GradeResult } | null>(null);
  const go = useCallback(
    async (code: string, mode: RunMode): Promise<GradeResult> => {
      setBusy(mode);
      setOutput("");
      setResult(null);
      try {
        const r = await gradeCode(question, code, mode, (chunk) =>
          setOutput((o) => (o.length < 50_000 ? o + chunk : o)),
        );
        setResult({ mode, result: r });
        return r;
      } finally {
        setBusy(null);
      }
    },
    [question],
  );
  // Stable between renders, so the editor's markers are only redrawn when the result changes.
  const markers = useMemo(() => errorMarkers(result?.result ?? null), [result]);
  return { busy, output, result, go, markers };
}
