import { useMemo } from "react";
import { RubricFieldInputs } from "../../../components/answers/RubricFieldInputs";
import { OutputConsole } from "../../../components/answers/OutputConsole";
import { LazyCodeEditor } from "../../../components/code-editor/LazyCodeEditor";
import { PythonStatus } from "../../../components/answers/PythonStatus";
import { SchemaBrowser } from "../../../components/answers/SchemaBrowser";
import { Markdown } from "../../../components/markdown/Markdown";
import { ResultView } from "../../../components/results/ResultView";
import { shownOptions } from "../../../domain/grading/choice-order";
import { visibleCaseCalls } from "../../../domain/grading/python-literal";
import { rubricFields } from "../../../domain/grading/rubric-fields";
import type { MockAnswer, MockQuestionState, MockSubmission } from "../../../domain/mock";
import type {
  ChoiceQuestion,
  DesignQuestion,
  NumericQuestion,
  PythonQuestion,
  SqlQuestion,
  WrittenQuestion,
} from "../../../domain/packs";
import { useAppStore } from "../../../store";
import { useCodeRun, useSchemaInfo } from "../../../store/use-engines";

/** What every mock answer component gets: the question's state, its latest submission, actions. */
export interface MockAnswerProps {
  qs: MockQuestionState;
  latest: MockSubmission | undefined;
  strict: boolean;
  dark: boolean;
  onDraft: (draft: MockAnswer) => void;
  onSubmit: (answer: MockAnswer) => void;
}

/** "Submitted at …" with the grade only where the mode allows it (practice, code questions). */
function SubmittedNote({ latest, showResult }: { latest: MockSubmission | undefined; showResult: boolean }) {
  if (!latest) return null;
  const at = new Date(latest.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <div className="mock-submitted">
      <p role="status">
        Submitted at {at}
        {latest.auto ? " (automatically)" : ""}. You can change your answer and submit again until the section
        ends; the last submission counts.
        {!latest.result && showResult ? " Grading…" : ""}
      </p>
      {showResult && latest.result ? <ResultView result={latest.result} label="Submission results" /> : null}
    </div>
  );
}

function SqlSchema({ question }: { question: SqlQuestion }) {
  return <SchemaBrowser info={useSchemaInfo(question)} />;
}

/** Code: the editor, Run (visible cases only) and Submit (every case, graded once). */
export function MockCodeAnswer({
  question,
  qs,
  latest,
  strict,
  dark,
  onDraft,
  onSubmit,
}: MockAnswerProps & { question: PythonQuestion | SqlQuestion }) {
  const code = qs.draft.text ?? question.starterCode ?? "";
  const run = useCodeRun(question);
  const pythonState = useAppStore((s) => s.pythonState);
  const inputs = useMemo(() => visibleCaseCalls(question), [question]);
  const doRun = () => {
    if (!run.busy) void run.go(code, "run");
  };
  const doSubmit = () => onSubmit({ text: code });
  return (
    <div className="code-answer">
      {question.kind === "sql" ? <SqlSchema question={question} /> : null}
      <div className="toolbar" role="toolbar" aria-label="Answer actions">
        <button type="button" className="primary" onClick={doRun} disabled={!!run.busy}>
          {run.busy ? "Running…" : "Run visible tests"}
        </button>
        <button type="button" className="primary" onClick={doSubmit}>
          Submit
        </button>
        {question.kind === "python" ? <PythonStatus state={pythonState} /> : null}
      </div>
      <div className="editor-frame">
        <LazyCodeEditor
          key={qs.key}
          value={code}
          language={question.kind}
          onChange={(text) => onDraft({ text })}
          onRun={doRun}
          onSubmit={doSubmit}
          dark={dark}
          ariaLabel={question.kind === "python" ? "Python code editor" : "SQL editor"}
          markers={run.markers}
        />
      </div>
      {question.kind === "python" && (run.output || run.busy) ? (
        <OutputConsole output={run.output} busy={!!run.busy} />
      ) : null}
      {run.result ? <ResultView result={run.result.result} inputs={inputs} label="Run results" /> : null}
      <SubmittedNote latest={latest} showResult={!strict} />
    </div>
  );
}

/** Choice: lettered options in the order seeded for this mock, without explanations (those come
 * in the report, under the same letters). */
export function MockChoiceAnswer({
  question,
  qs,
  latest,
  onDraft,
  onSubmit,
}: MockAnswerProps & { question: ChoiceQuestion }) {
  const chosen = qs.draft.choices ?? [];
  const multiple = !!question.multiple;
  const toggle = (id: string, on: boolean) =>
    onDraft({ choices: multiple ? (on ? [...chosen, id] : chosen.filter((x) => x !== id)) : [id] });
  return (
    <form
      className="choice-answer"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ choices: chosen });
      }}
    >
      <fieldset>
        <legend>{multiple ? "Select all that apply" : "Choose one answer"}</legend>
        {shownOptions(question, qs.optionSeed).map(({ option: o, letter }) => (
          <div key={o.id} className="option">
            <label className="choice">
              <input
                type={multiple ? "checkbox" : "radio"}
                name={`choice-${qs.key}`}
                value={o.id}
                checked={chosen.includes(o.id)}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              <span className="option-letter">{letter}.</span>
              <Markdown source={o.text} inline />
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={chosen.length === 0}>
        Submit answer
      </button>
      <SubmittedNote latest={latest} showResult={false} />
    </form>
  );
}

/** Numeric: one value (units and formats as in practice: 25%, 1,000, 1e-3). */
export function MockNumericAnswer({
  question,
  qs,
  latest,
  onDraft,
  onSubmit,
}: MockAnswerProps & { question: NumericQuestion }) {
  const text = qs.draft.text ?? "";
  return (
    <form
      className="numeric-answer"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ text });
      }}
    >
      <label className="numeric-field">
        <span>Your answer{question.unit ? ` (${question.unit})` : ""}</span>
        <input inputMode="decimal" value={text} onChange={(e) => onDraft({ text: e.target.value })} />
      </label>
      <button type="submit" className="primary" disabled={!text.trim()}>
        Submit answer
      </button>
      <SubmittedNote latest={latest} showResult={false} />
    </form>
  );
}

/** Written and design: Markdown fields; a design's follow-ups appear after its first submission. */
export function MockWrittenAnswer({
  question,
  qs,
  latest,
  onDraft,
  onSubmit,
}: MockAnswerProps & { question: WrittenQuestion | DesignQuestion }) {
  const parts = qs.draft.parts ?? {};
  const fields = rubricFields(question, qs.followUpsRevealed);
  const written = Object.values(parts).some((v) => v.trim());
  return (
    <form
      className="rubric-answer"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ parts });
      }}
    >
      {qs.followUpsRevealed ? (
        <p className="notice-inline">
          The interviewer has follow-up questions: answer them below, then submit again before the section
          ends.
        </p>
      ) : null}
      <RubricFieldInputs
        fields={fields}
        values={parts}
        onChange={(next) => onDraft({ parts: next })}
        rows={question.kind === "written" ? 12 : 5}
      />
      <button type="submit" className="primary" disabled={!written}>
        {latest ? "Submit again" : "Submit answer"}
      </button>
      <SubmittedNote latest={latest} showResult={false} />
    </form>
  );
}
