import { useMemo, useState } from "react";
import { LazyCodeEditor } from "../../../../components/code-editor/LazyCodeEditor";
import { OutputConsole } from "../../../../components/answers/OutputConsole";
import { PythonStatus } from "../../../../components/answers/PythonStatus";
import { IncidentSummary } from "../../../../components/incident/IncidentSummary";
import { ResultView } from "../../../../components/results/ResultView";
import { gradeIncident, type IncidentAnswers } from "../../../../domain/grading/incident-grading";
import { visibleCaseCalls } from "../../../../domain/grading/python-literal";
import { isEngineFailure, type GradeResult } from "../../../../domain/grading/result";
import { fixQuestion, fixStep, type IncidentQuestion } from "../../../../domain/packs";
import type { RunMode } from "../../../../runners/question-requests";
import { useAppStore } from "../../../../store";
import { useCodeRun } from "../../../../store/use-engines";
import type { QuestionSession } from "../../use-question-session";

/**
 * The fix step: the editor starting from the buggy code, Run (visible tests) and Submit (every
 * test; then every step is graded together and the attempt recorded). An engine failure on Submit
 * is shown, not recorded as a grade.
 */
export function IncidentFix({
  question,
  code,
  onCode,
  answers,
  draft,
  session,
  dark,
  ready,
  flush,
}: {
  question: IncidentQuestion;
  code: string;
  onCode: (code: string) => void;
  answers: IncidentAnswers;
  /** The whole draft, stored with the attempt. */
  draft: unknown;
  session: QuestionSession;
  dark: boolean;
  ready: boolean;
  flush: () => void;
}) {
  const fix = fixStep(question);
  const coding = useMemo(() => fixQuestion(question), [question]);
  const { busy, output, result, go, markers } = useCodeRun(coding);
  const pythonState = useAppStore((s) => s.pythonState);
  const inputs = useMemo(() => visibleCaseCalls(coding), [coding]);
  const [graded, setGraded] = useState<GradeResult | null>(null);

  const act = async (mode: RunMode) => {
    if (busy) return;
    flush();
    setGraded(null);
    const r = await go(code, mode);
    if (mode !== "submit" || isEngineFailure(r)) return;
    const incident = gradeIncident(question, answers, r);
    setGraded(incident);
    await session.record(incident, draft);
  };

  return (
    <div className="code-answer">
      <div className="toolbar" role="toolbar" aria-label="Fix actions">
        <button
          type="button"
          className="primary"
          onClick={() => void act("run")}
          disabled={!!busy || !ready}
          aria-keyshortcuts="Control+Enter"
        >
          {busy === "run" ? "Running…" : "Run"}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void act("submit")}
          disabled={!!busy || !ready}
          aria-keyshortcuts="Control+Shift+Enter"
        >
          {busy === "submit" ? "Submitting…" : "Submit fix"}
        </button>
        <button
          type="button"
          onClick={() => {
            if (
              code === fix.starterCode ||
              window.confirm("Replace your fix with the original (buggy) code?")
            )
              onCode(fix.starterCode);
          }}
          disabled={!!busy}
        >
          Reset code
        </button>
        {coding.kind === "python" ? <PythonStatus state={pythonState} /> : null}
      </div>
      <div className="editor-frame">
        {ready ? (
          <LazyCodeEditor
            value={code}
            language={coding.kind}
            onChange={onCode}
            onRun={() => void act("run")}
            onSubmit={() => void act("submit")}
            dark={dark}
            ariaLabel={coding.kind === "python" ? "Python fix editor" : "SQL fix editor"}
            markers={markers}
          />
        ) : (
          <p className="editor-loading" role="status">
            Loading your draft…
          </p>
        )}
      </div>
      {coding.kind === "python" && (output || busy) ? <OutputConsole output={output} busy={!!busy} /> : null}
      {graded ? <IncidentSummary result={graded} label="Incident result" /> : null}
      {result ? (
        <ResultView
          result={result.result}
          inputs={inputs}
          label={result.mode === "submit" ? "Fix test results" : "Run results"}
        />
      ) : null}
    </div>
  );
}
