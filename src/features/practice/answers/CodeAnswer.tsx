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
import { useConfirm } from "../../../components/dialog/ConfirmDialog";
import { useDraft, useRestoreInto } from "../use-draft";
import type { QuestionSession } from "../use-question-session";
import { VerdictSlot } from "../verdict-slot";
import { CustomInput } from "./CustomInput";

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
  const { confirm, dialog } = useConfirm();
  useRestoreInto(session.restoreRequest, isString, draft.update);

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
          onClick={async () => {
            if (
              draft.value === starter ||
              (await confirm({
                title: "Replace your code with the starter code?",
                body: "Your current code is lost (your submissions stay in the history).",
                confirmLabel: "Replace with starter code",
                danger: true,
              }))
            )
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
      {question.kind === "python" ? (
        <CustomInput question={question} code={() => draft.value} disabled={!!busy || !draft.loaded} />
      ) : null}
      {question.kind === "python" && (output || busy) ? (
        <OutputConsole output={output} busy={!!busy} />
      ) : null}
      {busy && question.kind === "sql" ? (
        <p className="result-pending" role="status">
          {busy === "submit" ? "Submitting: running every dataset…" : "Running your query…"}
        </p>
      ) : null}
      {result ? (
        <ResultView
          result={result.result}
          inputs={inputs}
          label={result.mode === "submit" ? "Submission results" : "Run results"}
          reveal
        >
          {result.mode === "submit" ? <VerdictSlot /> : null}
        </ResultView>
      ) : null}
      {dialog}
    </div>
  );
}

function SqlSchema({ question }: { question: SqlQuestion }) {
  return <SchemaBrowser info={useSchemaInfo(question)} />;
}
