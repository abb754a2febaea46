/**
 * The evidence of an incident as the screens use it (practice and mock alike): its tables with
 * a scratch SQL console over them, its files, and a scratch Python run where the files and the
 * module being fixed (as it stands in the fix editor) are importable.
 */
import { useCallback, useEffect, useMemo, useRef } from "react";
import { fixModule, fixStep, type IncidentQuestion } from "../domain/packs";
import { exploreDataset, runScratchPython, useSchemaInfo } from "./use-engines";

/** Evidence of `q` for the evidence panel; `fixCode` is the fix editor's current code. */
export function useIncidentEvidence(q: IncidentQuestion, fixCode: string) {
  const data = q.data;
  const info = useSchemaInfo(data ?? null);
  const fix = fixStep(q);
  const fixFile = fix.kind === "python" ? `${fixModule(fix)}.py` : undefined;
  // The latest fix code without re-creating the callbacks on every keystroke.
  const code = useRef(fixCode);
  useEffect(() => {
    code.current = fixCode;
  }, [fixCode]);
  const onQuery = useCallback(
    (query: string) => exploreDataset(data ?? { schema: "", seed: "" }, query),
    [data],
  );
  const onRunPython = useCallback(
    (source: string, onOutput: (chunk: string) => void) =>
      runScratchPython(
        source,
        { ...(q.files ?? {}), ...(fixFile ? { [fixFile]: code.current } : {}) },
        onOutput,
      ),
    [q.files, fixFile],
  );
  const modules = useMemo(
    () =>
      [...Object.keys(q.files ?? {}), ...(fixFile ? [fixFile] : [])]
        .filter((n) => n.endsWith(".py"))
        .map((n) => n.slice(0, -3)),
    [q.files, fixFile],
  );
  const hasPython = q.files !== undefined || fixFile !== undefined;
  return {
    tables: data ? info : undefined,
    onQuery: data ? onQuery : undefined,
    initialQuery: q.scratch?.sql,
    files: q.files,
    fixFile,
    modules,
    onRunPython: hasPython ? onRunPython : undefined,
    initialPython: q.scratch?.python,
  };
}
