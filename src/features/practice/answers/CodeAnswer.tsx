import { useMemo } from "react";
import { visibleCaseCalls } from "../../../domain/grading/python-literal";
import type { PythonQuestion, SqlQuestion } from "../../../domain/packs";
import type { RunMode } from "../../../runners/question-requests";
import { useAppStore } from "../../../store";
import { useCodeRun, useSchemaInfo } from "../../../store/use-engines";
import { ResultView } from "../../../components/results/ResultView";
import { OutputConsole } from "../../../components/answers/OutputConsole";
import { PythonStatus } from "../../../components/answers/PythonStatus";
import { LazyCodeEditor } from "../../../components/code-editor/LazyCodeEditor";
import { SchemaBrowser } from "../../../components/answers/SchemaBrowser";
import { useDraft } from "../use-draft";
import type { QuestionSession } from "../use-question-session";

const isString = (v: unknown): v is string => typeof v === "string";

/** Editor, Run / Submit / Reset, output console and results for Python and SQL questions. */
export function CodeAnswer({
  question,
  session,
  dark,
}: {
  question: PythonQuestion | SqlQuestion;
  session: QuestionSession;
  dark: boolean;
}) {
  const starter = question.starterCode ?? "";
  const draft = useDraft<string>(session.key, starter, isString);
  const { busy, output, result, go: grade, markers } = useCodeRun(question);
  const pythonState = useAppStore((s) => s.pythonState);
  const packageBaseUrl = useAppStore((s) => s.packageBaseUrl);
  const inputs = useMemo(() => visibleCaseCalls(question), [question]);

  const go = async (mode: RunMode) => {
    if (busy) return;
    draft.flush();
    const r = await grade(draft.value, mode);
    if (mode === "submit") await session.record(r, draft.value);
  };

  return (
    <div className="code-answer">
      {question.kind === "sql" ? <SqlSchema question={question} /> : null}
      {question.kind === "python" && question.packages?.length ? (
        <p className="notice-inline">
          This question uses {question.packages.join(", ")}, which is not part of the app. It is loaded when
          you first run it from{" "}
          {packageBaseUrl ? (
            <>
              <code>{packageBaseUrl}</code>, which needs an internet connection
            </>
          ) : (
            <>
              this app&apos;s own <code>pyodide/</code> folder, if the host provides the package there
            </>
          )}
          ; you can change the package source in Settings.
        </p>
      ) : null}
      <div className="toolbar" role="toolbar" aria-label="Answer actions">
        <button
          type="button"
          className="primary"
          onClick={() => void go("run")}
          disabled={!!busy || !draft.loaded}
          aria-keyshortcuts="Control+Enter"
        >
          {busy === "run" ? "Running…" : "Run"}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void go("submit")}
          disabled={!!busy || !draft.loaded}
          aria-keyshortcuts="Control+Shift+Enter"
        >
          {busy === "submit" ? "Submitting…" : "Submit"}
        </button>
        <button
          type="button"
          onClick={() => {
            if (draft.value === starter || window.confirm("Replace your code with the starter code?"))
              draft.update(starter);
          }}
          disabled={!!busy}
        >
          Reset
        </button>
        {question.kind === "python" ? <PythonStatus state={pythonState} /> : null}
      </div>
      <div className="editor-frame">
        {draft.loaded ? (
          <LazyCodeEditor
            value={draft.value}
            language={question.kind}
            onChange={draft.update}
            onRun={() => void go("run")}
            onSubmit={() => void go("submit")}
            dark={dark}
            ariaLabel={question.kind === "python" ? "Python code editor" : "SQL editor"}
            markers={markers}
          />
        ) : (
          <p className="editor-loading" role="status">
            Loading your draft…
          </p>
        )}
      </div>
      {question.kind === "python" && (output || busy) ? (
        <OutputConsole output={output} busy={!!busy} />
      ) : null}
      {result ? (
        <ResultView
          result={result.result}
          inputs={inputs}
          label={result.mode === "submit" ? "Submission results" : "Run results"}
        />
      ) : null}
    </div>
  );
}

function SqlSchema({ question }: { question: SqlQuestion }) {
  return <SchemaBrowser info={useSchemaInfo(question)} />;
}
