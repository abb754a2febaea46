/**
 * React hooks over the code engines, shared by every screen that runs answers (practice, mock):
 * a dataset's schema for the schema browser, free queries and scratch Python runs over an
 * incident's evidence, and Run / Submit with streamed output.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { gradeIncident, type IncidentAnswers } from "../domain/grading/incident-grading";
import type { ErrorInfo, GradeResult } from "../domain/grading/result";
import {
  fixQuestion,
  fixStep,
  SCRATCH_MODULE,
  type IncidentQuestion,
  type PythonQuestion,
  type SqlQuestion,
} from "../domain/packs";
import type { PythonGradeRequest } from "../runners/python/types";
import { pythonCustomRequest, pythonRequest, sqlRequest, type RunMode } from "../runners/question-requests";
import type { ExploreResult, SchemaInfoResult } from "../runners/sql/types";
import { getPythonRunner, getSqlRunner } from "./engines";
import { useAppStore } from "./index";

/** A dataset: DDL plus data (an SQL question, or an incident's `data`). */
export interface Dataset {
  schema: string;
  seed: string;
}

/** The tables and sample rows of a dataset (an SQL question's visible one; null while loading,
 * and when `dataset` is null: then the SQL engine is not started). */
export function useSchemaInfo(dataset: Dataset | null): SchemaInfoResult | null {
  const [info, setInfo] = useState<SchemaInfoResult | null>(null);
  const schema = dataset?.schema;
  const seed = dataset?.seed;
  useEffect(() => {
    if (schema === undefined || seed === undefined) return;
    let live = true;
    void getSqlRunner()
      .then((r) => r.schemaInfo(schema, seed))
      .then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, [schema, seed]);
  return info;
}

/** Run a free query on a fresh copy of `dataset` (a scratch console): rows, or the error. */
export async function exploreDataset(dataset: Dataset, query: string): Promise<ExploreResult> {
  return (await getSqlRunner()).explore(dataset.schema, dataset.seed, query);
}

/**
 * Run scratch Python `code` with `files` importable beside it (an incident's modules, and the
 * module being fixed as it stands): no tests, the printed output and any error come back.
 */
export function runScratchPython(
  code: string,
  files: Record<string, string>,
  onOutput?: (chunk: string) => void,
): Promise<GradeResult> {
  const request: PythonGradeRequest = {
    code,
    mode: "run",
    module: SCRATCH_MODULE,
    files,
  };
  return getPythonRunner().grade(request, onOutput ? { onOutput } : {});
}

/**
 * Grade an incident's answers: the fix step's code runs on Submit (every test, hidden ones too),
 * the diagnosis steps are checked, and the results are combined (see `gradeIncident`). A fix
 * left blank is not run and scores 0.
 */
export async function gradeIncidentAnswer(
  question: IncidentQuestion,
  answers: IncidentAnswers,
): Promise<GradeResult> {
  const code = answers[fixStep(question).id]?.text ?? "";
  const fix = code.trim() ? await gradeCode(fixQuestion(question), code, "submit") : null;
  return gradeIncident(question, answers, fix);
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

/**
 * Run a Python question's code on the user's own arguments (nothing is compared). `busy` while it
 * runs; `result` is the last run's result, with the call it made.
 */
export function useCustomRun(question: PythonQuestion) {
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<{ call: string; result: GradeResult } | null>(null);
  const go = useCallback(
    async (code: string, args: unknown[], kwargs: Record<string, unknown>, call: string) => {
      setBusy(true);
      setLast(null);
      try {
        const base = useAppStore.getState().packageBaseUrl;
        const result = await getPythonRunner().grade(
          pythonCustomRequest(question, code, args, kwargs, base || undefined),
        );
        setLast({ call, result });
      } finally {
        setBusy(false);
      }
    },
    [question],
  );
  return { busy, last, go };
}
